import { registerEnumType } from 'type-graphql';
import {
  AgreementKind,
  AgreementStatus,
  FacilityKind,
  FacilityStatus,
  NodeKind,
  RelationshipType,
} from '../../domain/enums';

registerEnumType(FacilityKind, {
  name: 'FacilityKind',
  description: 'The step of the value chain a facility performs.',
});
registerEnumType(FacilityStatus, { name: 'FacilityStatus', description: 'Lifecycle status of a facility.' });
registerEnumType(AgreementKind, { name: 'AgreementKind', description: 'What kind of instrument an agreement is.' });
registerEnumType(AgreementStatus, { name: 'AgreementStatus', description: 'Legal status of an agreement.' });
registerEnumType(NodeKind, { name: 'NodeKind', description: 'The kind (Neo4j label) of an entity.' });
registerEnumType(RelationshipType, { name: 'RelationshipType', description: 'The relationship types of the graph.' });

export { AgreementKind, AgreementStatus, FacilityKind, FacilityStatus, NodeKind, RelationshipType };
