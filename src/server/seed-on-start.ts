import path from 'node:path';
import { type Logger } from '../logger';
import { type GraphDatabase } from '../neo4j/driver';
import { REPO_ROOT } from '../neo4j/local';
import { formatIssue, isGraphEmpty, seedFromDirectory } from '../seed';

/** On an empty graph, loads the bundled dataset so a fresh `npm start` answers real questions. */
export async function seedIfEmpty(
  db: GraphDatabase,
  seedDir: string,
  logger: Logger,
  timeoutMs?: number,
): Promise<void> {
  if (!(await isGraphEmpty(db))) return;
  const dir = path.resolve(REPO_ROOT, seedDir);
  logger.info({ dir }, 'empty graph: loading the bundled seed data');
  const report = await seedFromDirectory(db, dir, {
    timeoutMs,
    onRetry: (r) => logger.warn({ ...r }, 'seed batch failed; retrying'),
  });
  if (!report.ok) {
    for (const issue of report.issues.slice(0, 20)) logger.error({ issue: formatIssue(issue) }, 'seed data rejected');
    throw new Error(`The seed data in ${dir} has ${report.issueCount} problem(s); nothing was loaded`);
  }
  logger.info(
    { nodes: report.nodes, relationships: report.relationships, ms: Math.round(report.timings.totalMs) },
    'seed data loaded',
  );
}
