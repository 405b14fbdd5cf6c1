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
  valuesConfig: {
    PRECURSOR_CATHODE: { description: 'Cathode precursor (pCAM, e.g. nickel-cobalt-manganese hydroxide).' },
    CATHODE: { description: 'Cathode active material (CAM), made from precursor and lithium.' },
    BATTERY_COMPONENT: {
      description: 'Other cell materials: separators, electrolytes, binders, foils, conductive carbon.',
    },
    ALUMINIUM_SMELTER: { description: 'Primary aluminium smelter (alumina to metal by electrolysis).' },
    MAGNET: { description: 'Permanent-magnet (e.g. NdFeB) or magnet-alloy plant.' },
    POLYSILICON: { description: 'Polysilicon plant (solar or semiconductor grade).' },
    WAFER: { description: 'Silicon ingot and wafer plant.' },
  },
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
