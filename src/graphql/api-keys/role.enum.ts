import { registerEnumType } from 'type-graphql';
import { Role } from '../../auth/roles';

/**
 * The roles as the API names them: upper-case enum values (the GraphQL convention) standing for
 * the role names of keys and JWT claims (`reader`, `editor`, `admin`), which stay as they are.
 */
export const RoleValue = { READER: Role.reader, EDITOR: Role.editor, ADMIN: Role.admin } as const satisfies Record<
  Uppercase<Role>,
  Role
>;
registerEnumType(RoleValue, {
  name: 'Role',
  description: 'What a credential may do; each role includes the rights of the ones before it.',
  valuesConfig: {
    READER: { description: 'Queries (role name `reader` in keys and JWT claims).' },
    EDITOR: { description: 'Also mutations (role name `editor`).' },
    ADMIN: { description: 'Also API keys and seeding (role name `admin`).' },
  },
});

export { Role };
