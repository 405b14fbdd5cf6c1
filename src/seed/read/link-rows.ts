import { NodeKind, RelationshipType } from '../../domain/enums';
import { isSelfSupply } from '../../domain/rules';
import { type SeedFileName } from '../contract';
import { addLink, compact, type RowParser } from './parsed-rows';

/** Parsers of the relationship files: each row is one relationship, extras kept as its properties. */
const K = NodeKind;
const R = RelationshipType;

const outputs: RowParser = (r) => {
  const [facility, mineral] = [r.ref('facility', [K.Facility], true), r.ref('mineral', [K.Mineral], true)];
  const props = compact(
    { capacity: r.number('capacity', { min: 0 }), unit: r.text('unit'), ...r.evidence() },
    r.extras(),
  );
  return { links: addLink([], R.PRODUCES, facility, mineral, props) };
};

const inputs: RowParser = (r) => {
  const [facility, mineral] = [r.ref('facility', [K.Facility], true), r.ref('mineral', [K.Mineral], true)];
  const volume = r.number('volume', { min: 0 });
  const unit = r.text('unit');
  if (volume !== undefined && unit === undefined) r.error('unit', 'a volume needs its unit (e.g. t/y LCE)');
  const props = compact({ volume, unit, ...r.evidence() }, r.extras());
  return { links: addLink([], R.CONSUMES, facility, mineral, props) };
};

const ownership: RowParser = (r) => {
  const [company, facility] = [r.ref('company', [K.Company], true), r.ref('facility', [K.Facility], true)];
  return {
    links: addLink(
      [],
      R.OWNS,
      company,
      facility,
      compact({ share: r.number('share', { min: 0, max: 1 }), ...r.evidence() }, r.extras()),
    ),
  };
};

const supply: RowParser = (r) => {
  const supplier = r.ref('supplier', [K.Facility], true);
  const customer = r.ref('customer', [K.Facility], true);
  if (isSelfSupply(supplier, customer)) r.error('customer', 'a facility cannot supply itself');
  // One mineral is stored as `mineral` (as always); several as the sorted list `minerals`. With the
  // endpoints, that is the link's identity: a re-seed updates the link of the same mineral set.
  const single = r.ref('mineral', [K.Mineral]);
  const listed = r.refList('minerals', [K.Mineral]);
  // Both may be given (older readers see `mineral`): then `mineral` must be one of `minerals`.
  if (single !== undefined && listed.length && !listed.includes(single))
    r.error('mineral', `'${single}' is not one of minerals (${listed.join(';')})`);
  const all = [...new Set([...(single === undefined ? [] : [single]), ...listed])].sort();
  const props = compact(
    {
      ...(all.length === 1 ? { mineral: all[0] } : all.length > 1 ? { minerals: all } : {}),
      product: r.text('product'),
      volume: r.number('volume', { min: 0 }),
      unit: r.text('unit'),
      agreement: r.ref('agreement', [K.Agreement]),
      ...r.evidence(),
    },
    r.extras(),
  );
  return { links: addLink([], R.SUPPLIES, supplier, supplier === customer ? undefined : customer, props) };
};

const parties: RowParser = (r) => {
  const agreement = r.ref('agreement', [K.Agreement], true);
  const party = r.ref('party', [K.Country, K.Company], true);
  return {
    links: addLink([], R.PARTY_TO, party, agreement, compact({ role: r.text('role'), ...r.evidence() }, r.extras())),
  };
};

const scope: RowParser = (r) => ({
  links: addLink(
    [],
    R.COVERS,
    r.ref('agreement', [K.Agreement], true),
    r.ref('target', [K.Sector, K.Mineral, K.Facility], true),
    r.extras(),
  ),
});

export const LINK_PARSERS: Partial<Record<SeedFileName, RowParser>> = {
  'outputs.csv': outputs,
  'inputs.csv': inputs,
  'ownership.csv': ownership,
  'supply.csv': supply,
  'agreement_parties.csv': parties,
  'agreement_scope.csv': scope,
};
