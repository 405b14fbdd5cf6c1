import { NodeKind } from '../../domain/enums';
import { EntityRecord, plainText } from '../../neo4j/mappers';
import { LoadedNetwork } from './network-loader';
import { SupplyLink } from '../algorithms/network';

/** Output shapes shared by the services (the GraphQL object types mirror them). */
export interface SupplyEdge {
  from: string;
  to: string;
  mineral: string | null;
  volume: number | null;
  product: string | null;
  unit: string | null;
  since: string | null;
  agreement: string | null;
  /** Share of the analysed facility's supply carried by the link (dependencies only). */
  share: number | null;
}

const text = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : plainText(v));

export function supplyEdge(l: SupplyLink, share: number | null = null): SupplyEdge {
  const p = l.properties;
  return {
    from: l.from,
    to: l.to,
    mineral: l.mineral,
    volume: l.volume,
    product: text(p.product),
    unit: text(p.unit),
    since: text(p.since),
    agreement: text(p.agreement),
    share,
  };
}

export interface CountryShareView {
  country: EntityRecord | null;
  share: number;
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

  countryShares(shares: ReadonlyArray<{ country: string | null; share: number }>): CountryShareView[] {
    return shares.map((s) => ({ country: this.country(s.country), share: s.share }));
  }
}
