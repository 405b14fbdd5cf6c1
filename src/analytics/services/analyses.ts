import { type GraphDatabase } from '../../neo4j/driver';
import { chokePoints } from './choke-points.service';
import { agreementCoverage } from './coverage.service';
import { dependencies } from './dependencies.service';
import { impact } from './impact.service';
import { type AnalysisBounds, DEFAULT_BOUNDS } from './limits';
import { supplyChain } from './supply-chain.service';

/**
 * The heavy analyses: each loads a subnetwork that may span a country and computes over it. They
 * run through an `AnalysisRunner`: in production a pool of worker threads (analysis-pool.ts), so
 * they never block other requests and stop at the time limit; `inProcess` runs them in the calling
 * thread (tests of the services, ANALYTICS_WORKERS=0).
 */
export const ANALYSES = { dependencies, supplyChain, impact, chokePoints, agreementCoverage } as const;

export type AnalysisName = keyof typeof ANALYSES;
export type AnalysisArgs<N extends AnalysisName> = Parameters<(typeof ANALYSES)[N]>[1];
export type AnalysisResult<N extends AnalysisName> = Awaited<ReturnType<(typeof ANALYSES)[N]>>;

export interface AnalysisRunner {
  /** Runs analysis `name`; `db` is the request's database view (its observers see every round trip). */
  run<N extends AnalysisName>(name: N, args: AnalysisArgs<N>, db: GraphDatabase): Promise<AnalysisResult<N>>;
}

/** Calls one analysis by name (the arguments' type follows the name). */
export function runAnalysis<N extends AnalysisName>(
  name: N,
  db: GraphDatabase,
  args: AnalysisArgs<N>,
  bounds: AnalysisBounds,
): Promise<AnalysisResult<N>> {
  const analysis = ANALYSES[name] as (
    db: GraphDatabase,
    args: AnalysisArgs<N>,
    bounds: AnalysisBounds,
  ) => Promise<AnalysisResult<N>>;
  return analysis(db, args, bounds);
}

/** Runs the analyses in the calling thread (no isolation: a long analysis holds the event loop). */
export function inProcessRunner(bounds: AnalysisBounds = DEFAULT_BOUNDS): AnalysisRunner {
  return { run: (name, args, db) => runAnalysis(name, db, args, bounds) };
}
