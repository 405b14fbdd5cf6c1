import type { AgreementKind, AgreementStatus, FacilityKind, FacilityStatus, RelationshipType } from '../domain/enums';
import type { Confidence } from '../domain/evidence';

/**
 * What the editing services accept: plain objects, whatever transport they came from (the
 * GraphQL input classes implement these). On update, an omitted field is left as it is and an
 * explicit null clears it; relationship fields replace the current links.
 */
interface Named {
  id: string;
  name?: string | null;
}

export type CountryFields = Named;
export type SectorFields = Named;

export interface RegionFields extends Named {
  country?: string | null;
}

export interface MineralFields extends Named {
  symbol?: string | null;
  critical?: string[] | null;
}

export interface CompanyFields extends Named {
  country?: string | null;
  parent?: string | null;
  ticker?: string | null;
  website?: string | null;
}

export interface FacilityFields extends Named {
  kind?: FacilityKind | null;
  status?: FacilityStatus | null;
  latitude?: number | null;
  longitude?: number | null;
  city?: string | null;
  region?: string | null;
  country?: string | null;
  startYear?: number | null;
  sectors?: string[] | null;
  operator?: string | null;
  source?: string | null;
}

export interface AgreementFields extends Named {
  kind?: AgreementKind | null;
  status?: AgreementStatus | null;
  signed?: string | null;
  effective?: string | null;
  source?: string | null;
}

/** One relationship (type and endpoints) and, for create/update, its properties. */
export interface RelationshipFields {
  type: RelationshipType;
  from: string;
  to: string;
  mineral?: string | null;
  /** Several minerals on one link (SUPPLIES): with `mineral`, the link's identity. */
  minerals?: string[] | null;
  share?: number | null;
  capacity?: number | null;
  unit?: string | null;
  product?: string | null;
  volume?: number | null;
  agreement?: string | null;
  role?: string | null;
  /** The evidence fields (for the types whose model description declares them). */
  confidence?: Confidence | null;
  source?: string | null;
  note?: string | null;
  since?: string | null;
  until?: string | null;
}
