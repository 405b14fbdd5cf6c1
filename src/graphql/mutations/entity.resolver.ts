import { NodeKind } from '../../domain/enums';
import {
  planAgreement,
  planCompany,
  planCountry,
  planFacility,
  planMineral,
  planRegion,
  planSector,
} from '../../editing/entity-plans';
import { Agreement, Company, Country, Facility, Mineral, Region, Sector } from '../types/nodes.type';
import {
  AgreementInput,
  CompanyInput,
  CountryInput,
  FacilityInput,
  MineralInput,
  RegionInput,
  SectorInput,
} from './entity.inputs';
import { entityMutations } from './entity-mutations.factory';

/** create/update/delete for every entity kind (21 mutations), one line per kind. */
export const ENTITY_MUTATION_RESOLVERS = [
  entityMutations({ kind: NodeKind.Country, type: Country, input: CountryInput, plan: planCountry }),
  entityMutations({ kind: NodeKind.Region, type: Region, input: RegionInput, plan: planRegion }),
  entityMutations({ kind: NodeKind.Sector, type: Sector, input: SectorInput, plan: planSector }),
  entityMutations({ kind: NodeKind.Mineral, type: Mineral, input: MineralInput, plan: planMineral }),
  entityMutations({ kind: NodeKind.Company, type: Company, input: CompanyInput, plan: planCompany }),
  entityMutations({ kind: NodeKind.Facility, type: Facility, input: FacilityInput, plan: planFacility }),
  entityMutations({ kind: NodeKind.Agreement, type: Agreement, input: AgreementInput, plan: planAgreement }),
];
