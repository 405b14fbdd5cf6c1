import { registerEnumType } from 'type-graphql';
import { Role } from '../../auth/roles';

registerEnumType(Role, {
  name: 'Role',
  description: 'reader: queries; editor: also mutations; admin: also API keys and seeding.',
});

export { Role };
