import { createDriver, GraphDatabase } from '../../../../src/neo4j/driver';
import { warmAnalyticsPlans } from '../../../../src/analytics/services/warm-up';

describe('warmAnalyticsPlans', () => {
  it('reports the plans it could not warm instead of failing the start-up', async () => {
    // A closed driver: every warm-up query fails at once, as a timed-out one would, one by one.
    const driver = createDriver('bolt://127.0.0.1:9', 'neo4j', '', 1, { maxRetryTimeMs: 0 });
    await driver.close();
    const db = new GraphDatabase(driver, { database: 'neo4j', timeoutMs: 1000 });

    const result = await warmAnalyticsPlans(db);

    expect(result.planned).toBe(0);
    expect(result.failed).toBeGreaterThan(10);
    expect(result.firstError).toEqual(expect.any(String));
  });
});
