import { NodeKind, RelationshipType } from '../../domain/enums';
import { isSelfSupply } from '../../domain/rules';
import { SeedFileName } from '../contract';
import { addLink, compact, RowParser } from './parsed-rows';

/** Parsers of the relationship files: each row is one relationship, extras kept as its properties. */
const K = NodeKind;
const R = RelationshipType;

const outputs: RowParser = r => {
  const [facility, mineral] = [r.ref('facility', [K.Facility], true), r.ref('mineral', [K.Mineral], true)];
  const props = compact({ capacity: r.number('capacity', { min: 0 }), unit: r.text('unit') }, r.extras());
  return { links: addLink([], R.PRODUCES, facility, mineral, props) };
};

const inputs: RowParser = r => ({
  links: addLink([], R.CONSUMES, r.ref('facility', [K.Facility], true), r.ref('mineral', [K.Mineral], true), r.extras()),
});

const ownership: RowParser = r => {
  const [company, facility] = [r.ref('company', [K.Company], true), r.ref('facility', [K.Facility], true)];
  return { links: addLink([], R.OWNS, company, facility, compact({ share: r.number('share', { min: 0, max: 1 }) }, r.extras())) };
};

const supply: RowParser = r => {
  const supplier = r.ref('supplier', [K.Facility], true);
  const customer = r.ref('customer', [K.Facility], true);
  if (isSelfSupply(supplier, customer)) r.error('customer', 'a facility cannot supply itself');
  const props = compact(
    {
      mineral: r.ref('mineral', [K.Mineral]),
      product: r.text('product'),
      volume: r.number('volume', { min: 0 }),
      unit: r.text('unit'),
      since: r.partialDate('since'),
      agreement: r.ref('agreement', [K.Agreement]),
    },
    r.extras(),
  );
  return { links: addLink([], R.SUPPLIES, supplier, supplier === customer ? undefined : customer, props) };
};

const parties: RowParser = r => {
  const agreement = r.ref('agreement', [K.Agreement], true);
  const party = r.ref('party', [K.Country, K.Company], true);
  return { links: addLink([], R.PARTY_TO, party, agreement, compact({ role: r.text('role') }, r.extras())) };
};

const scope: RowParser = r => ({
  links: addLink([], R.COVERS, r.ref('agreement', [K.Agreement], true), r.ref('target', [K.Sector, K.Mineral, K.Facility], true), r.extras()),
});

export const LINK_PARSERS: Partial<Record<SeedFileName, RowParser>> = {
  'outputs.csv': outputs,
  'inputs.csv': inputs,
  'ownership.csv': ownership,
  'supply.csv': supply,
  'agreement_parties.csv': parties,
  'agreement_scope.csv': scope,
};
