import { registerEnumType } from 'type-graphql';
import {
  AgreementKind,
  AgreementStatus,
  FacilityKind,
  FacilityStatus,
  NodeKind,
  RelationshipType,
} from '../../domain/enums';
import { Confidence } from '../../domain/evidence';

registerEnumType(FacilityKind, {
  name: 'FacilityKind',
  description: 'The step of the value chain a facility performs.',
});
registerEnumType(FacilityStatus, { name: 'FacilityStatus', description: 'Lifecycle status of a facility.' });
registerEnumType(AgreementKind, { name: 'AgreementKind', description: 'What kind of instrument an agreement is.' });
registerEnumType(AgreementStatus, { name: 'AgreementStatus', description: 'Legal status of an agreement.' });
registerEnumType(NodeKind, { name: 'NodeKind', description: 'The kind (Neo4j label) of an entity.' });
registerEnumType(RelationshipType, { name: 'RelationshipType', description: 'The relationship types of the graph.' });

registerEnumType(Confidence, {
  name: 'Confidence',
  description: 'How well a fact is established. A fact stored without one counts as INFERRED.',
  valuesConfig: {
    CONFIRMED: { description: 'A cited source states the fact.' },
    REPORTED: { description: 'A source reports it, but it is unconfirmed, dated or marked uncertain.' },
    INFERRED: { description: 'No source states it: inferred to make a chain or record plausible (see its note).' },
  },
});

export { Confidence, AgreementKind, AgreementStatus, FacilityKind, FacilityStatus, NodeKind, RelationshipType };
