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
    MINE: { description: 'Mine (open pit, underground or brine).' },
    CONCENTRATOR: { description: 'Concentrator or mill: ore to concentrate.' },
    SMELTER: { description: 'Smelter: concentrate to metal or matte (other than aluminium).' },
    REFINERY: { description: 'Refinery: to battery- or metal-grade chemicals and metals.' },
    ANODE: { description: 'Anode active material (graphite, silicon).' },
    CELL: { description: 'Battery cell plant.' },
    PACK: { description: 'Battery module and pack plant.' },
    EV_ASSEMBLY: { description: 'Electric-vehicle assembly plant.' },
    SEMICONDUCTOR_FAB: { description: 'Semiconductor wafer fab.' },
    SEMICONDUCTOR_PACKAGING: { description: 'Semiconductor assembly, test and packaging.' },
    RECYCLING: { description: 'Battery or metal recycling plant.' },
    POWER_PLANT: { description: 'Power station.' },
    OTHER: { description: 'Any other industrial asset.' },
  },
});
registerEnumType(FacilityStatus, {
  name: 'FacilityStatus',
  description: 'Lifecycle status of a facility.',
  valuesConfig: {
    OPERATING: { description: 'Producing or running.' },
    CONSTRUCTION: { description: 'Under construction.' },
    PLANNED: { description: 'Announced or permitted; not yet under construction.' },
    IDLE: { description: 'Built but not running (care and maintenance, paused).' },
    CLOSED: { description: 'Permanently shut.' },
    CANCELLED: { description: 'Planned, then abandoned before operating.' },
  },
});
registerEnumType(AgreementKind, {
  name: 'AgreementKind',
  description: 'What kind of instrument an agreement is.',
  valuesConfig: {
    TRADE_AGREEMENT: { description: 'A trade agreement between countries (e.g. USMCA/CUSMA).' },
    SECTORAL_AGREEMENT: { description: 'An agreement between governments on one sector or set of goods.' },
    JOINT_ACTION_PLAN: { description: 'A joint action plan or memorandum between governments.' },
    OFFTAKE: { description: 'A commercial contract to buy a facility’s output.' },
    INVESTMENT: { description: 'An equity investment or joint venture.' },
    FUNDING: { description: 'A public grant, loan or tax credit for a project.' },
    LEGISLATION: { description: 'A law or regulation.' },
  },
});
registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'Legal status of an agreement.',
  valuesConfig: {
    IN_FORCE: { description: 'In force.' },
    SIGNED: { description: 'Signed, not yet in force.' },
    NEGOTIATING: { description: 'Under negotiation.' },
    PROPOSED: { description: 'Proposed or announced, not negotiated yet.' },
    EXPIRED: { description: 'Ended at the end of its term.' },
    TERMINATED: { description: 'Ended before its term.' },
  },
});
/**
 * The kinds as the API names them: upper-case enum values (the GraphQL convention) standing for
 * the domain's NodeKind values (the Neo4j labels, also the `__typename`s), so resolvers keep
 * receiving and returning `Facility`, `Company`, … while clients write FACILITY, COMPANY, ….
 */
export const NodeKindValue = {
  COUNTRY: NodeKind.Country,
  REGION: NodeKind.Region,
  SECTOR: NodeKind.Sector,
  MINERAL: NodeKind.Mineral,
  COMPANY: NodeKind.Company,
  FACILITY: NodeKind.Facility,
  AGREEMENT: NodeKind.Agreement,
} as const satisfies Record<Uppercase<NodeKind>, NodeKind>;
registerEnumType(NodeKindValue, {
  name: 'NodeKind',
  description: 'The kind of an entity; each stands for a Neo4j label and the GraphQL type of the same name.',
  valuesConfig: {
    COUNTRY: { description: 'A country (type Country).' },
    REGION: { description: 'A province, state or territory (type Region).' },
    SECTOR: { description: 'An industrial sector (type Sector).' },
    MINERAL: { description: 'A mineral or material (type Mineral).' },
    COMPANY: { description: 'A company or other organisation (type Company).' },
    FACILITY: { description: 'An industrial asset (type Facility).' },
    AGREEMENT: { description: 'An agreement, deal, plan or law (type Agreement).' },
  },
});
registerEnumType(RelationshipType, {
  name: 'RelationshipType',
  description: 'The relationship types of the graph (direction: from the first-named kind to the second).',
  valuesConfig: {
    OPERATES: { description: 'Company operates facility.' },
    OWNS: { description: 'Company owns (a share of) facility.' },
    SUBSIDIARY_OF: { description: 'Company is a subsidiary of company.' },
    HEADQUARTERED_IN: { description: 'Company is headquartered in country.' },
    LOCATED_IN: { description: 'Facility is located in region or country.' },
    PART_OF: { description: 'Region is part of country.' },
    IN_SECTOR: { description: 'Facility belongs to sector.' },
    PRODUCES: { description: 'Facility produces mineral (with a capacity).' },
    CONSUMES: { description: 'Facility consumes mineral (with a volume).' },
    SUPPLIES: { description: 'Facility supplies facility (with mineral, product, volume, agreement).' },
    PARTY_TO: { description: 'Country or company is party to agreement (with a role).' },
    COVERS: { description: 'Agreement covers sector, mineral or facility.' },
  },
});

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
