import { NodeKind } from '../../domain/enums';
import { type Confidence, confidenceOf } from '../../domain/evidence';
import { type EntityRecord, plainText } from '../../neo4j/mappers';
import { type LoadedNetwork } from './network-loader';
import { type CountryShare } from '../algorithms/dependencies';
import { type SupplyLink } from '../algorithms/network';
import { type EvidencedShare } from '../algorithms/route-mix';

/** Output shapes shared by the services (the GraphQL object types mirror them). */
export interface SupplyEdge {
  from: string;
  to: string;
  /** The single mineral of a one-mineral link (null for none or several: see `minerals`). */
  mineral: string | null;
  minerals: string[];
  volume: number | null;
  product: string | null;
  unit: string | null;
  since: string | null;
  agreement: string | null;
  confidence: Confidence;
  source: string | null;
  note: string | null;
  /** The link's own end (the analyses also end it at its agreement's expiry). */
  until: string | null;
  /** Share of the analysed facility's supply carried by the link (dependencies only). */
  share: number | null;
}

const text = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : plainText(v));

export function supplyEdge(l: SupplyLink, share: number | null = null): SupplyEdge {
  const p = l.properties;
  return {
    from: l.from,
    to: l.to,
    mineral: l.minerals.length === 1 ? l.minerals[0] : null,
    minerals: [...l.minerals],
    volume: l.volume,
    product: text(p.product),
    unit: text(p.unit),
    since: text(p.since),
    agreement: text(p.agreement),
    confidence: confidenceOf(p.confidence),
    source: text(p.source),
    note: text(p.note),
    until: text(p.until),
    share,
  };
}

export interface CountryShareView extends EvidencedShare {
  country: EntityRecord | null;
  unmodelled: boolean;
}

/** Entity lookups over a loaded network: facilities and countries as entities. */
export class NetworkEntities {
  constructor(private readonly loaded: LoadedNetwork) {}

  facility(id: string): EntityRecord {
    return (
      this.loaded.facilities.get(id) ?? { id, name: id, label: NodeKind.Facility, kind: 'OTHER', status: 'OPERATING' }
    );
  }

  country(id: string | null): EntityRecord | null {
    return id === null ? null : (this.loaded.countries.get(id) ?? { id, name: id, label: NodeKind.Country });
  }

  countryOfFacility(id: string): EntityRecord | null {
    return this.country(this.loaded.net.facilities.get(id)?.country ?? null);
  }

  countryShares(shares: ReadonlyArray<CountryShare>): CountryShareView[] {
    return shares.map((s) => ({ ...s, country: this.country(s.country), unmodelled: !!s.unmodelled }));
  }
}
