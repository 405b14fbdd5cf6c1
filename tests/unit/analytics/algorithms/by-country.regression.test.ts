import { analyseDependencies } from '../../../../src/analytics/algorithms/dependencies';
import { net } from './fixtures';

/**
 * Regression: a step's shares by country were capped at 1, so they no longer added up to the
 * step share when a route passes two facilities of the same kind.
 */
describe('dependencies: a step through two facilities of one kind', () => {
  // M (CA) -> R1 (US) -> R2 (US) -> T carries 80 of T's lithium; N (MX) sends the other 20 directly.
  const n = net(
    ['M@CA:MINE', 'R1@US:REFINERY', 'R2@US:REFINERY', 'N@MX:MINE', 'T@US:CELL'],
    ['M>R1:li', 'R1>R2:li', 'R2>T:li=80', 'N>T:li=20'],
  );
  const [li] = analyseDependencies(n, 'T', { maxDepth: 10 });
  const refinery = li.steps.find((s) => s.kind === 'REFINERY')!;

  it('counts the route twice in the step share (1.6)', () => {
    expect(refinery.share).toBeCloseTo(1.6, 12);
  });

  it('gives the country the same 1.6, not 1: the shares by country add up to the step share', () => {
    expect(refinery.byCountry.map((c) => [c.country, Math.round(c.share * 1e12) / 1e12])).toEqual([['US', 1.6]]);
    expect(refinery.byCountry.reduce((a, c) => a + c.share, 0)).toBeCloseTo(refinery.share, 12);
  });
});
