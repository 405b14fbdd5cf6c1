/** What the explorer keeps of the API's answers (shapes of the GraphQL selections in queries.ts). */

export interface Named {
  id: string;
  name: string;
}

/** A facility as drawn on the map. */
export interface MapFacility {
  id: string;
  name: string;
  kind: string;
  status: string;
  country: string | null;
  region: string | null;
  operator: string | null;
  latitude: number | null;
  longitude: number | null;
  /** The largest nameplate capacity among its outputs, with its unit. */
  capacity: number | null;
  unit: string | null;
}

/** A SUPPLIES link, with whatever evidence fields the schema offers. */
export interface SupplyLink {
  from: string;
  to: string;
  mineral: string | null;
  volume: number | null;
  unit: string | null;
  product: string | null;
  confidence: string | null;
}

export type ImpactStatus = 'CUT_OFF' | 'DEGRADED';

export interface ImpactedFacility {
  facility: Named & { kind: string };
  status: ImpactStatus;
  minerals: { mineral: Named; retained: number; dependsOn: Named[] }[];
}

export interface ImpactResult {
  removed: (Named & { label: string })[];
  removedFacilityCount: number;
  cutOffCount: number;
  degradedCount: number;
  cutOff: ImpactedFacility[];
  degraded: ImpactedFacility[];
}

/** How a facility fares in the current scenario, for colouring. */
export interface ImpactMark {
  status: 'removed' | 'cut-off' | 'degraded';
  /** Lowest retained share over its minerals (0 for removed ones). */
  retained: number;
}
