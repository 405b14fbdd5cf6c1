import neo4j from 'neo4j-driver';
import {
  AgreementKind,
  AgreementStatus,
  FacilityKind,
  FacilityStatus,
  NodeKind,
  RelationshipType,
} from '../../domain/enums';
import { ID_PATTERN } from '../../domain/model';
import { coordinatesPaired, impliedCountry, isOwnParent, START_YEAR } from '../../domain/rules';
import { type SeedFileName } from '../contract';
import { type RowReader } from './cell-reader';
import { addLink, compact, type LinkRow, node, type RowOutput, type RowParser } from './parsed-rows';

/** Parsers of the node files: each row is one node plus the relationships its cells imply. */
const K = NodeKind;
const R = RelationshipType;

/** The node of a row: its extras, then `name` and the kind's own properties (defined ones only), then `id`. */
function named(r: RowReader, kind: NodeKind, more?: Record<string, unknown>) {
  const id = r.id('id');
  const props = compact({ name: r.text('name', true) }, r.extras());
  return { id, node: node(kind, id, more ? compact(more, props) : props) };
}

const country: RowParser = (r) => ({ node: named(r, K.Country).node, links: [] });
const sector: RowParser = (r) => ({ node: named(r, K.Sector).node, links: [] });

const region: RowParser = (r) => {
  const { id, node } = named(r, K.Region);
  return { node, links: addLink([], R.PART_OF, id, r.ref('country', [K.Country], true)) };
};

const mineral: RowParser = (r) => {
  const critical = r.list('critical');
  for (const c of critical) if (!ID_PATTERN.test(c)) r.error('critical', `'${c}' is not a valid list id`);
  return { node: named(r, K.Mineral, { symbol: r.text('symbol'), critical }).node, links: [] };
};

const company: RowParser = (r) => {
  const { id, node } = named(r, K.Company, { ticker: r.text('ticker'), website: r.url('website') });
  const parent = r.ref('parent', [K.Company]);
  if (isOwnParent(id, parent)) r.error('parent', 'a company cannot be its own parent');
  const links = addLink([], R.HEADQUARTERED_IN, id, r.ref('country', [K.Country]));
  return { node, links: addLink(links, R.SUBSIDIARY_OF, id, parent === id ? undefined : parent) };
};

const facility: RowParser = (r, ctx): RowOutput => {
  const country = r.ref('country', [K.Country]);
  const region = r.ref('region', [K.Region], false, country);
  const lat = r.number('lat', { min: -90, max: 90 });
  const lon = r.number('lon', { min: -180, max: 180 });
  const hasLat = r.cell('lat') !== undefined;
  if (!coordinatesPaired(hasLat, r.cell('lon') !== undefined))
    r.error(hasLat ? 'lon' : 'lat', 'lat and lon go together: give both or neither');
  const startYear = r.number('startYear', { integer: true, ...START_YEAR });
  const { id, node } = named(r, K.Facility, {
    kind: r.enumValue('kind', FacilityKind, true),
    status: r.enumValue('status', FacilityStatus, true),
    location: lat !== undefined && lon !== undefined ? new neo4j.types.Point(4326, lon, lat) : undefined,
    city: r.text('city'),
    startYear: startYear === undefined ? undefined : neo4j.int(startYear),
    source: r.url('source'),
    // The evidence of the facility row is also the evidence of its OPERATES link.
    confidence: r.confidence(),
    note: r.cell('note'),
    status_as_of: r.partialDate('status_as_of'),
  });
  // Invariant: a facility with a country (its own cell, or its region's) is LOCATED_IN it directly.
  const inCountry = impliedCountry(region === undefined ? undefined : ctx.regionCountry(region), country);
  const links: LinkRow[] = [];
  addLink(links, R.OPERATES, r.ref('operator', [K.Company]), id);
  addLink(links, R.LOCATED_IN, id, region);
  addLink(links, R.LOCATED_IN, id, inCountry);
  for (const sector of r.refList('sectors', [K.Sector])) addLink(links, R.IN_SECTOR, id, sector);
  return { node, links };
};

/** A full date as a Neo4j date; else the legacy `<column>_approx` cell as a reduced-precision date (text). */
function agreementDate(r: RowReader, column: string) {
  const exact = r.date(column);
  const approx = r.partialDate(`${column}_approx`);
  if (exact !== undefined && approx !== undefined)
    r.error(`${column}_approx`, `give ${column} or ${column}_approx, not both`);
  return exact ?? approx;
}

const agreement: RowParser = (r) => ({
  node: named(r, K.Agreement, {
    kind: r.enumValue('kind', AgreementKind, true),
    status: r.enumValue('status', AgreementStatus, true),
    signed: agreementDate(r, 'signed'),
    effective: agreementDate(r, 'effective'),
    source: r.url('source'),
    confidence: r.confidence(),
    note: r.cell('note'),
    announced: r.partialDate('announced'),
    expires: r.partialDate('expires'),
    term_end: r.partialDate('term_end'),
    joint_review: r.partialDate('joint_review'),
  }).node,
  links: [],
});

export const NODE_PARSERS: Partial<Record<SeedFileName, RowParser>> = {
  'countries.csv': country,
  'regions.csv': region,
  'sectors.csv': sector,
  'minerals.csv': mineral,
  'companies.csv': company,
  'facilities.csv': facility,
  'agreements.csv': agreement,
};
