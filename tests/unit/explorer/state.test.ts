import { EMPTY_STATE, facilityWhere, parseState, serializeState } from '../../../web/explorer/state';

describe('explorer state in the URL', () => {
  it('round-trips every part of the state', () => {
    const state = {
      filters: { country: 'US', kind: 'REFINERY', q: 'lithium plant', operator: 'co:tesla' },
      facility: 'fac:tesla-giga-texas',
      graph: { mode: 'path' as const, id: 'fac:nal-mine', to: 'fac:tesla-giga-texas' },
      remove: ['fac:tesla-robstown-lithium-refinery', 'CA-QC'],
      arcs: true,
      agreement: 'agr:usmca',
      tab: 'scenario' as const,
    };
    const query = serializeState(state);
    expect(query).toBe(
      '?country=US&kind=REFINERY&operator=co%3Atesla&q=lithium+plant&facility=fac%3Atesla-giga-texas' +
        '&graph=path%7Efac%3Anal-mine%7Efac%3Atesla-giga-texas&remove=fac%3Atesla-robstown-lithium-refinery%2CCA-QC' +
        '&arcs=1&agreement=agr%3Ausmca&tab=scenario',
    );
    expect(parseState(query)).toEqual(state);
  });

  it('leaves defaults out and reads an empty query as the empty state', () => {
    expect(serializeState(EMPTY_STATE)).toBe('');
    expect(parseState('')).toEqual(EMPTY_STATE);
  });

  it('drops malformed parts of a shared URL instead of failing', () => {
    const state = parseState('?tab=nope&graph=sideways~fac:x&remove=fac:a,<script>,fac:a,&facility=bad id&arcs=yes');
    expect(state).toEqual({ ...EMPTY_STATE, remove: ['fac:a'] });
    expect(parseState('?graph=path~fac:a').graph).toBeUndefined();
    expect(parseState('?graph=upstream~fac:a').graph).toEqual({ mode: 'upstream', id: 'fac:a' });
  });

  it('maps the filter panel to the API’s FacilityWhere', () => {
    expect(
      facilityWhere({
        country: 'CA',
        region: 'CA-QC',
        mineral: 'lithium',
        q: 'mine',
        sector: 'sec:x',
        status: 'OPERATING',
      }),
    ).toEqual({
      country: 'CA',
      region: 'CA-QC',
      produces: 'lithium',
      nameContains: 'mine',
      sector: 'sec:x',
      status: 'OPERATING',
    });
    expect(facilityWhere({})).toEqual({});
  });
});
