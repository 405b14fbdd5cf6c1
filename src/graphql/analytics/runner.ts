import { type AnalysisRunner, inProcessRunner } from '../../analytics/services/analyses';
import { type GraphContext } from '../context';

const IN_PROCESS = inProcessRunner();

/** Where this request's heavy analyses run: the service's worker pool, else the request's thread. */
export function analysesOf(ctx: GraphContext): AnalysisRunner {
  return ctx.analyses ?? IN_PROCESS;
}
