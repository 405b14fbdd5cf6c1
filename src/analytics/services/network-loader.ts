import { NodeKind } from '../../domain/enums';
import { badInput, notFoundIds } from '../../errors';
import { type CypherQuery } from '../../neo4j/cypher';
import { type Row } from '../../neo4j/driver';
import { type EntityRecord, toEntity } from '../../neo4j/mappers';
import { confidenceOf, earlier, partialDateOf, type PartialDate } from '../../domain/evidence';
import {
  type Consumption,
  type FacilityNode,
  type SupplyLink,
  type SupplyNetwork,
  usableVolume,
} from '../algorithms/network';
import { type AnalysisBounds, checkNetworkSize } from './limits';
import { entitiesByIds } from './queries/lookup.cypher';

/** Runs one statement inside the request's read transaction. */
export type Run = (q: CypherQuery) => Promise<Row[]>;

export interface IdArgument {
  argument: string;
  ids: readonly string[];
  /** Kinds allowed for these ids; any when undefined. */
  kinds?: readonly NodeKind[];
}

/**
 * Looks up every id argument of a request in one round trip: unknown ids give NOT_FOUND, ids of
 * the wrong kind BAD_USER_INPUT.
 */
export async function requireEntities(run: Run, args: readonly IdArgument[]): Promise<Map<string, EntityRecord>> {
  const ids = [...new Set(args.flatMap((a) => a.ids))];
  const found = await lookupEntities(run, ids);
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) throw notFoundIds(missing);
  for (const a of args) {
    if (!a.kinds) continue;
    for (const id of a.ids) {
      const label = found.get(id)!.label;
      if (!(a.kinds as readonly string[]).includes(label)) {
        throw badInput(`${a.argument}: '${id}' is a ${label}, expected ${a.kinds.join(' or ')}`, [
          { path: a.argument, message: `expected ${a.kinds.join(' or ')}` },
        ]);
      }
    }
  }
  return found;
}

export async function lookupEntities(run: Run, ids: readonly string[]): Promise<Map<string, EntityRecord>> {
  if (!ids.length) return new Map();
  const rows = await run(entitiesByIds(ids));
  return new Map(rows.filter((r) => r.node).map((r) => [r.id as string, toEntity(r.node)!]));
}

export interface LoadedNetwork {
  net: SupplyNetwork;
  /** The facilities of the network as entities (with `label`). */
  facilities: Map<string, EntityRecord>;
  /** Countries of those facilities, as entities. */
  countries: Map<string, EntityRecord>;
}

/**
 * Runs a subnetwork load (a query of queries/network.cypher.ts), refuses it past the facility bound
 * (`argument` names the request argument behind it) and builds the network. The rows are not kept:
 * only the network outlives this call, so a country-wide load is not held twice during the analysis.
 */
export async function loadNetwork(
  run: Run,
  query: CypherQuery,
  argument: string,
  bounds: AnalysisBounds,
): Promise<LoadedNetwork> {
  const rows = await run(query);
  checkNetworkSize(argument, rows, bounds);
  return networkFromRows(rows);
}

/** Builds the supply network from facility rows (see FACILITY_ROW): every row's inbound links are complete. */
export function networkFromRows(rows: readonly Row[]): LoadedNetwork {
  const builder = new NetworkBuilder();
  for (const row of rows) builder.add(row);
  return builder.build();
}

const NO_CONSUMPTION: ReadonlyMap<string, Consumption> = new Map();

const NO_PROPERTIES: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * Builds the supply network one facility row at a time, so a streamed load never holds its rows:
 * each row becomes a facility node and its inbound links, and is dropped. `compact` (a network kept
 * between requests, for analyses that list no links): links keep no stored properties, and equal
 * ids and mineral lists are shared instead of repeated per link.
 */
export class NetworkBuilder {
  private readonly nodes: FacilityNode[] = [];
  private readonly links: SupplyLink[] = [];
  private readonly facilities = new Map<string, EntityRecord>();
  private readonly countries = new Map<string, EntityRecord>();
  private readonly interned = new Map<string, string>();
  private readonly mineralLists = new Map<string, readonly string[]>();

  constructor(private readonly compact = false) {}

  get size(): number {
    return this.facilities.size;
  }

  add(row: Row): void {
    const id = this.compact ? this.intern(row.id as string) : (row.id as string);
    if (this.facilities.has(id)) return;
    const entity = toEntity(row.node)!;
    this.facilities.set(id, entity);
    const rowCountries = ((row.countries as Array<{ id: string; name: string }>) ?? []).sort((a, b) =>
      a.id.localeCompare(b.id),
    );
    for (const c of rowCountries) {
      if (!this.countries.has(c.id))
        this.countries.set(c.id, { id: c.id, name: c.name ?? c.id, label: NodeKind.Country });
    }
    const consumed = (row.consumes as Array<Record<string, unknown>>) ?? [];
    const consumes = consumed.length ? new Map<string, Consumption>() : NO_CONSUMPTION;
    for (const c of consumed) {
      (consumes as Map<string, Consumption>).set(String(c.mineral), {
        volume: usableVolume(c.volume),
        unit: typeof c.unit === 'string' ? c.unit : null,
        confidence: confidenceOf(c.confidence),
      });
    }
    this.nodes.push({
      id,
      kind: (entity.kind as string | undefined) ?? null,
      country: rowCountries[0]?.id ?? null,
      region: ((row.regions as string[]) ?? []).sort()[0] ?? null,
      operators: ((row.operators as string[]) ?? []).sort(),
      status: (entity.status as string | undefined) ?? null,
      consumes,
    });
    for (const l of (row.inbound as InboundRow[]) ?? []) this.links.push(this.shrink(supplyLinkOf(l, id)));
  }

  private shrink(link: SupplyLink): SupplyLink {
    if (!this.compact) return link;
    const key = link.minerals.join(';');
    let minerals = this.mineralLists.get(key);
    if (!minerals) this.mineralLists.set(key, (minerals = link.minerals));
    return { ...link, from: this.intern(link.from), to: this.intern(link.to), minerals, properties: NO_PROPERTIES };
  }

  private intern(id: string): string {
    const known = this.interned.get(id);
    if (known !== undefined) return known;
    this.interned.set(id, id);
    return id;
  }

  build(): LoadedNetwork {
    this.links.sort(
      (a, b) =>
        a.to.localeCompare(b.to) ||
        a.from.localeCompare(b.from) ||
        a.minerals.join(';').localeCompare(b.minerals.join(';')),
    );
    return {
      net: {
        facilities: new Map(this.nodes.map((n) => [n.id, n])),
        links: this.links,
        expanded: new Set(this.nodes.map((n) => n.id)),
      },
      facilities: this.facilities,
      countries: this.countries,
    };
  }
}

/** An entity for a mineral id carried by links; a placeholder when no Mineral node has that id. */
export function mineralEntity(entities: ReadonlyMap<string, EntityRecord>, id: string): EntityRecord {
  const e = entities.get(id);
  return e && e.label === NodeKind.Mineral ? e : { id, name: id, label: NodeKind.Mineral, critical: [] };
}

interface InboundRow {
  from: string;
  fromStatus?: string | null;
  properties?: Record<string, unknown>;
  /** The agreement the link runs under: its `expires` and `term_end` dates. */
  agreementEnd?: { expires?: unknown; term_end?: unknown } | null;
}

/** The minerals a stored SUPPLIES link carries: `minerals` (a list), else its single `mineral`. */
export function linkMinerals(p: Readonly<Record<string, unknown>>): string[] {
  if (Array.isArray(p.minerals))
    return [...new Set(p.minerals.filter((m): m is string => typeof m === 'string' && m !== ''))].sort();
  return typeof p.mineral === 'string' && p.mineral ? [p.mineral] : [];
}

/** When an agreement ends: the earlier of its `expires` and its term end (null when it has neither). */
export function agreementEndOf(a: { expires?: unknown; term_end?: unknown } | null | undefined): PartialDate | null {
  return earlier(partialDateOf(a?.expires), partialDateOf(a?.term_end));
}

/**
 * A stored link as the analytics see it. Its end is its own `until`, or else the earlier of its
 * agreement's `expires` and term end (a contract that has ended carries nothing).
 */
function supplyLinkOf(l: InboundRow, to: string): SupplyLink {
  const p = l.properties ?? {};
  const agreementEnd = agreementEndOf(l.agreementEnd);
  return {
    from: l.from,
    to,
    minerals: linkMinerals(p),
    volume: usableVolume(p.volume),
    unit: typeof p.unit === 'string' ? p.unit : null,
    confidence: confidenceOf(p.confidence),
    since: partialDateOf(p.since),
    until: partialDateOf(p.until) ?? agreementEnd,
    supplierStatus: l.fromStatus ?? null,
    properties: p,
  };
}
