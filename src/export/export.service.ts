import { type ImpactArgs, impact } from '../analytics/services/impact.service';
import { supplyChain, type SupplyChainArgs } from '../analytics/services/supply-chain.service';
import { NodeKind } from '../domain/enums';
import { type GraphDatabase } from '../neo4j/driver';
import { type EntityRecord } from '../neo4j/mappers';
import { entityPropertyKeys, entityRows, supplyPropertyKeys, supplyRows } from '../neo4j/queries/export.cypher';
import { type Where } from '../neo4j/queries/filters';
import { streamRead } from '../neo4j/stream';
import {
  COLLECTION_END,
  COLLECTION_START,
  type Feature,
  featureCollection,
  type LatLon,
  lineFeature,
  pointFeature,
} from './geojson';
import { type TextSink } from './sink';
import { csvHeader, csvLine, entityCells, EXPORT_KINDS, type ExportKind, tableColumns } from './table';

export type ExportFormat = 'csv' | 'geojson';

/**
 * The time limit of an export's read transaction: QUERY_TIMEOUT_MS, but at least 5 minutes. A
 * transaction stays open while the client downloads, and 100,000 rows to a slow client take longer
 * than an API query may; the rows read are bounded by the filter, not by the time.
 */
export const EXPORT_MIN_TIMEOUT_MS = 300_000;
const stream: typeof streamRead = (db, query, onRow) =>
  streamRead(db, query, onRow, Math.max(db.options.timeoutMs, EXPORT_MIN_TIMEOUT_MS));

/**
 * Exports stream from Neo4j to the sink row by row (constant memory): a CSV in the seed contract's
 * shape, or a GeoJSON FeatureCollection. Each returns the number of rows (features) written.
 */

async function propertyKeys(db: GraphDatabase, query: ReturnType<typeof entityPropertyKeys>): Promise<string[]> {
  const [row] = await db.read(query);
  return (row?.keys as string[]) ?? [];
}

/** Entities of a kind matching `where`: CSV rows, or (facilities) GeoJSON points with their properties. */
export async function exportEntities(
  db: GraphDatabase,
  kind: ExportKind,
  where: Where | undefined,
  format: ExportFormat,
  sink: TextSink,
): Promise<number> {
  const { label, file } = EXPORT_KINDS[kind];
  if (format === 'csv') {
    const columns = tableColumns(file, await propertyKeys(db, entityPropertyKeys(label, where)));
    await sink.write(csvHeader(columns));
    return stream(db, entityRows(label, where), (row) =>
      sink.write(
        csvLine(
          columns,
          entityCells(label, row.props as Record<string, unknown>, row.links as Record<string, string[]>),
        ),
      ),
    );
  }
  await sink.write(COLLECTION_START);
  let first = true;
  const count = await stream(db, entityRows(label, where), (row) => {
    const props = row.props as Record<string, unknown>;
    const { location, ...properties } = props;
    const cells = entityCells(label, {}, row.links as Record<string, string[]>);
    const feature = pointFeature(String(props.id), location as LatLon | null, { ...properties, ...cells });
    const text = `${first ? '' : ',\n'}${JSON.stringify(feature)}`;
    first = false;
    return sink.write(text);
  });
  await sink.write(COLLECTION_END);
  return count;
}

/**
 * SUPPLIES links whose supplier or customer matches `where` (and of `mineral` when given): CSV
 * rows in the supply.csv contract, or GeoJSON lines from supplier to customer.
 */
/** `supplier>customer:mineral`; a link carrying several minerals names them all, sorted and `;`-joined. */
function supplyFeatureId(supplier: string, customer: string, props: Record<string, unknown>): string {
  const minerals = Array.isArray(props.minerals)
    ? (props.minerals as unknown[]).map(String).sort().join(';')
    : typeof props.mineral === 'string'
      ? props.mineral
      : '';
  return `${supplier}>${customer}${minerals ? `:${minerals}` : ''}`;
}

export async function exportSupply(
  db: GraphDatabase,
  where: Where | undefined,
  mineral: string | undefined,
  format: ExportFormat,
  sink: TextSink,
): Promise<number> {
  if (format === 'csv') {
    const columns = tableColumns('supply.csv', await propertyKeys(db, supplyPropertyKeys(where, mineral)));
    await sink.write(csvHeader(columns));
    return stream(db, supplyRows(where, mineral), (row) =>
      sink.write(
        csvLine(columns, {
          ...(row.props as Record<string, unknown>),
          supplier: row.supplier as string,
          customer: row.customer as string,
        }),
      ),
    );
  }
  await sink.write(COLLECTION_START);
  let first = true;
  const count = await stream(db, supplyRows(where, mineral), (row) => {
    const props = row.props as Record<string, unknown>;
    const feature = lineFeature(
      supplyFeatureId(String(row.supplier), String(row.customer), props),
      row.fromLocation as LatLon | null,
      row.toLocation as LatLon | null,
      {
        supplier: row.supplier,
        supplierName: row.supplierName,
        customer: row.customer,
        customerName: row.customerName,
        ...props,
      },
    );
    const text = `${first ? '' : ',\n'}${JSON.stringify(feature)}`;
    first = false;
    return sink.write(text);
  });
  await sink.write(COLLECTION_END);
  return count;
}

function facilityProperties(f: EntityRecord): Record<string, unknown> {
  const { location: _location, label: _label, elementId: _elementId, ...properties } = f;
  return properties;
}

const locationOf = (f: EntityRecord | undefined) => (f?.location as LatLon | null | undefined) ?? null;

/** A supply chain (the `supplyChain` query) as GeoJSON: facilities as points with their depth, links as lines. */
export async function supplyChainGeoJson(db: GraphDatabase, args: SupplyChainArgs): Promise<string> {
  const chain = await supplyChain(db, args);
  const byId = new Map(chain.facilities.map((f) => [f.facility.id, f.facility]));
  const features: Feature[] = [
    ...chain.facilities.map((f) =>
      pointFeature(f.facility.id, locationOf(f.facility), {
        ...facilityProperties(f.facility),
        role: f.facility.id === chain.root.id ? 'ROOT' : args.direction,
        depth: f.depth,
        country: f.country?.id ?? null,
      }),
    ),
    ...chain.links.map((l) =>
      lineFeature(
        `${l.from}>${l.to}${l.mineral ? `:${l.mineral}` : ''}`,
        locationOf(byId.get(l.from)),
        locationOf(byId.get(l.to)),
        {
          supplier: l.from,
          customer: l.to,
          mineral: l.mineral,
          product: l.product,
          volume: l.volume,
          unit: l.unit,
          since: l.since,
          agreement: l.agreement,
        },
      ),
    ),
  ];
  return featureCollection(features);
}

/** An impact analysis (the `impact` query) as GeoJSON: removed, cut-off and degraded facilities as points. */
export async function impactGeoJson(db: GraphDatabase, args: ImpactArgs): Promise<string> {
  const result = await impact(db, args);
  const removed = result.removed
    .filter((e) => e.label === NodeKind.Facility)
    .map((f) => pointFeature(f.id, locationOf(f), { ...facilityProperties(f), impact: 'REMOVED' }));
  const affected = [...result.cutOff, ...result.degraded].map((v) =>
    pointFeature(v.facility.id, locationOf(v.facility), {
      ...facilityProperties(v.facility),
      impact: v.status,
      minerals: v.minerals.map((m) => ({
        mineral: m.mineral.id,
        retained: m.retained,
        dependsOn: m.dependsOn.map((d) => d.id),
      })),
    }),
  );
  return featureCollection([...removed, ...affected]);
}
