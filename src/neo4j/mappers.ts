import { KNOWN_LABELS } from '../domain/model';
import { type NodeKind } from '../domain/enums';
import { isDate, isDateTime, isLocalDateTime, isNode, isPoint, isRelationship, isPath, Integer } from 'neo4j-driver';

/**
 * Converts driver values to plain JSON-friendly values: temporal types to ISO strings, points to
 * {latitude, longitude}, nodes to their properties plus `labels`, relationships to type, endpoints
 * and properties.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object') return value;
  // Maps come back as plain objects: the commonest case, and the type checks below cost more
  // than the recursion (measured: 20 ms of 38 ms on 100 companies with 700 facilities nested).
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const k in value as Record<string, unknown>) out[k] = toPlain((value as Record<string, unknown>)[k]);
    return out;
  }
  if (Integer.isInteger(value)) return value.toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return String(value);
  if (isPoint(value)) {
    const p = value as { x: number; y: number };
    return { latitude: p.y, longitude: p.x };
  }
  if (isNode(value)) {
    const n = value as { labels: string[]; properties: Record<string, unknown>; elementId: string };
    return { ...(toPlain(n.properties) as object), labels: n.labels, elementId: n.elementId };
  }
  if (isRelationship(value)) {
    const r = value as {
      type: string;
      properties: Record<string, unknown>;
      startNodeElementId: string;
      endNodeElementId: string;
      elementId: string;
    };
    return {
      type: r.type,
      properties: toPlain(r.properties),
      startElementId: r.startNodeElementId,
      endElementId: r.endNodeElementId,
      elementId: r.elementId,
    };
  }
  if (isPath(value)) throw new Error('Return nodes and relationships of a path separately, not the path');
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
  return out;
}

/**
 * `toPlain` for a value the driver has just returned, which nothing else holds yet: its maps and
 * lists are converted in place instead of copied (one copy less of every row; measured on 100
 * companies with 860 facilities nested, the copies were a large share of the garbage collected).
 */
export function toPlainInPlace(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlainInPlace(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return toPlain(value);
  const map = value as Record<string, unknown>;
  for (const k in map) {
    const v = map[k];
    if (v === undefined || (v !== null && typeof v === 'object')) map[k] = toPlainInPlace(v);
  }
  return map;
}

/** A node projected as `n {.*, __labels: labels(n)}` becomes an entity object with its `label`. */
export interface EntityRecord {
  id: string;
  name: string;
  /** The node's kind, or `Entity` for a node with no known kind label. */
  label: NodeKind | 'Entity';
  [property: string]: unknown;
}

export function toEntity(projected: unknown): EntityRecord | null {
  if (!projected) return null;
  const { __labels, ...props } = projected as { __labels?: string[] } & Record<string, unknown>;
  const label = (__labels ?? []).find((l) => KNOWN_LABELS.includes(l)) ?? 'Entity';
  const entity = { ...props, label } as EntityRecord;
  if (label === 'Mineral' && !Array.isArray(entity.critical)) entity.critical = [];
  return entity;
}

/**
 * A plain value (after `toPlain`) as text: strings as they are, numbers, booleans and bigints
 * printed, anything else as JSON (never "[object Object]").
 */
export function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? String(value);
}
