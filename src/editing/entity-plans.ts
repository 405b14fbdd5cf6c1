import neo4j from 'neo4j-driver';
import { NodeKind, RelationshipType } from '../domain/enums';
import { isLatitude, isLongitude, isValidId } from '../domain/model';
import { coordinatesPaired, isCalendarDate, isHttpUrl, isOwnParent, isStartYear, START_YEAR } from '../domain/rules';
import { type LinkReplacement } from '../neo4j/queries/writes.cypher';
import { type FieldProblem } from '../errors';
import type {
  AgreementFields,
  CompanyFields,
  CountryFields,
  FacilityFields,
  MineralFields,
  RegionFields,
  SectorFields,
} from './inputs';

/**
 * What an entity mutation writes: the node's properties (null removes one), the links it
 * replaces, and the problems found in the input. Pure: no database access.
 */
export interface WritePlan {
  label: NodeKind;
  id: string;
  props: Record<string, unknown>;
  links: LinkReplacement[];
  /** Region whose country the facility must also be linked to (resolved by the writer). */
  regionForCountry?: string;
  problems: FieldProblem[];
}

export type Mode = 'create' | 'update';
type AnyInput = { id: string; name?: string | null } & Record<string, unknown>;

function base(label: NodeKind, input: AnyInput, mode: Mode): WritePlan {
  const plan: WritePlan = { label, id: input.id, props: {}, links: [], problems: [] };
  if (!isValidId(input.id))
    plan.problems.push({ path: 'input.id', message: 'must match ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$' });
  if (mode === 'create') plan.props.id = input.id;
  if (mode === 'create' && !input.name?.trim()) plan.problems.push({ path: 'input.name', message: 'is required' });
  if (input.name === null && mode === 'update')
    plan.problems.push({ path: 'input.name', message: 'cannot be cleared' });
  if (input.name != null) plan.props.name = input.name.trim();
  return plan;
}

/** Copies the listed scalar fields that are present (undefined = untouched, null = clear). */
function copy(plan: WritePlan, input: Record<string, unknown>, fields: string[]): void {
  for (const f of fields) if (input[f] !== undefined) plan.props[f] = input[f];
}

/** Link fields a frontend may render as `<a href>`: absolute http(s) URLs only (domain rule). */
function urls(plan: WritePlan, input: Record<string, unknown>, fields: string[]): void {
  for (const f of fields) {
    const v = input[f];
    if (typeof v === 'string' && !isHttpUrl(v))
      plan.problems.push({ path: `input.${f}`, message: 'must be an absolute http:// or https:// URL' });
  }
}

function requireOnCreate(plan: WritePlan, input: Record<string, unknown>, mode: Mode, fields: string[]): void {
  for (const f of fields) {
    if ((mode === 'create' && input[f] == null) || (mode === 'update' && input[f] === null))
      plan.problems.push({ path: `input.${f}`, message: mode === 'create' ? 'is required' : 'cannot be cleared' });
  }
}

function link(
  plan: WritePlan,
  value: string | string[] | null | undefined,
  type: RelationshipType,
  direction: 'OUT' | 'IN',
  other: NodeKind,
) {
  if (value === undefined) return;
  const ids = value === null ? [] : Array.isArray(value) ? value : [value];
  plan.links.push({ type, direction, other, ids });
}

function date(plan: WritePlan, input: Record<string, unknown>, field: string): void {
  const v = input[field];
  if (v === undefined) return;
  if (v === null) plan.props[field] = null;
  else if (typeof v === 'string' && isCalendarDate(v)) {
    const [y, m, d] = v.split('-').map(Number);
    plan.props[field] = new neo4j.types.Date(y, m, d);
  } else plan.problems.push({ path: `input.${field}`, message: 'must be an ISO 8601 date (YYYY-MM-DD)' });
}

const R = RelationshipType;
const K = NodeKind;

export const planCountry = (i: CountryFields, mode: Mode) => base(K.Country, i as AnyInput, mode);
export const planSector = (i: SectorFields, mode: Mode) => base(K.Sector, i as AnyInput, mode);

export function planRegion(i: RegionFields, mode: Mode): WritePlan {
  const plan = base(K.Region, i as AnyInput, mode);
  requireOnCreate(plan, i as AnyInput, mode, ['country']);
  if (i.country) link(plan, i.country, R.PART_OF, 'OUT', K.Country);
  return plan;
}

export function planMineral(i: MineralFields, mode: Mode): WritePlan {
  const plan = base(K.Mineral, i as AnyInput, mode);
  copy(plan, i as AnyInput, ['symbol']);
  if (i.critical !== undefined) plan.props.critical = i.critical ?? [];
  else if (mode === 'create') plan.props.critical = [];
  return plan;
}

export function planCompany(i: CompanyFields, mode: Mode): WritePlan {
  const plan = base(K.Company, i as AnyInput, mode);
  copy(plan, i as AnyInput, ['ticker', 'website']);
  urls(plan, i as AnyInput, ['website']);
  if (isOwnParent(i.id, i.parent))
    plan.problems.push({ path: 'input.parent', message: 'a company cannot be its own parent' });
  link(plan, i.country, R.HEADQUARTERED_IN, 'OUT', K.Country);
  link(plan, i.parent, R.SUBSIDIARY_OF, 'OUT', K.Company);
  return plan;
}

export function planFacility(i: FacilityFields, mode: Mode): WritePlan {
  const plan = base(K.Facility, i as AnyInput, mode);
  requireOnCreate(plan, i as AnyInput, mode, ['kind', 'status']);
  copy(plan, i as AnyInput, ['kind', 'status', 'city', 'source', 'startYear']);
  urls(plan, i as AnyInput, ['source']);
  if (i.startYear != null && !isStartYear(i.startYear))
    plan.problems.push({
      path: 'input.startYear',
      message: `must be between ${START_YEAR.min} and ${START_YEAR.max}`,
    });
  if (typeof i.startYear === 'number') plan.props.startYear = neo4j.int(i.startYear); // an integer in the graph, not a float
  const hasLat = i.latitude !== undefined;
  const hasLon = i.longitude !== undefined;
  if (!coordinatesPaired(hasLat, hasLon) || !coordinatesPaired(i.latitude === null, i.longitude === null)) {
    plan.problems.push({ path: 'input.latitude', message: 'give latitude and longitude together' });
  } else if (i.latitude != null && i.longitude != null) {
    if (!isLatitude(i.latitude)) plan.problems.push({ path: 'input.latitude', message: 'must be between -90 and 90' });
    if (!isLongitude(i.longitude))
      plan.problems.push({ path: 'input.longitude', message: 'must be between -180 and 180' });
    plan.props.location = new neo4j.types.Point(4326, i.longitude, i.latitude);
  } else if (hasLat) {
    plan.props.location = null;
  }
  link(plan, i.operator, R.OPERATES, 'IN', K.Company);
  link(plan, i.sectors, R.IN_SECTOR, 'OUT', K.Sector);
  link(plan, i.region, R.LOCATED_IN, 'OUT', K.Region);
  // Every located facility links its country directly; a region implies its country.
  if (i.country !== undefined) link(plan, i.country, R.LOCATED_IN, 'OUT', K.Country);
  else if (i.region) plan.regionForCountry = i.region;
  return plan;
}

export function planAgreement(i: AgreementFields, mode: Mode): WritePlan {
  const plan = base(K.Agreement, i as AnyInput, mode);
  requireOnCreate(plan, i as AnyInput, mode, ['kind', 'status']);
  copy(plan, i as AnyInput, ['kind', 'status', 'source']);
  urls(plan, i as AnyInput, ['source']);
  date(plan, i as AnyInput, 'signed');
  date(plan, i as AnyInput, 'effective');
  return plan;
}
