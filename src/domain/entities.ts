import { AgreementKind, AgreementStatus, FacilityKind, FacilityStatus, NodeKind } from './enums';

/** Plain shapes of the nodes as the application sees them (no decorators, no driver types). */
export interface EntityBase {
  id: string;
  name: string;
  /** The node's label besides `Entity`. */
  label: NodeKind;
  /** Properties outside the model (e.g. extra CSV columns), kept as strings. */
  extra?: Record<string, string>;
}

export interface Country extends EntityBase {
  label: NodeKind.Country;
}
export interface Region extends EntityBase {
  label: NodeKind.Region;
  country?: string;
}
export interface Sector extends EntityBase {
  label: NodeKind.Sector;
}
export interface Mineral extends EntityBase {
  label: NodeKind.Mineral;
  symbol?: string;
  critical: string[];
}
export interface Company extends EntityBase {
  label: NodeKind.Company;
  country?: string;
  ticker?: string;
  website?: string;
}
export interface GeoPoint {
  latitude: number;
  longitude: number;
}
export interface Facility extends EntityBase {
  label: NodeKind.Facility;
  kind: FacilityKind;
  status: FacilityStatus;
  location?: GeoPoint;
  city?: string;
  region?: string;
  country?: string;
  startYear?: number;
  sectors: string[];
  source?: string;
}
export interface Agreement extends EntityBase {
  label: NodeKind.Agreement;
  kind: AgreementKind;
  status: AgreementStatus;
  signed?: string;
  effective?: string;
  source?: string;
}

export type AnyEntity = Country | Region | Sector | Mineral | Company | Facility | Agreement;
