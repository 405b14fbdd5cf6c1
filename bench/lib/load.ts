/**
 * A closed-loop load generator: `concurrency` workers each send their next request as soon as the
 * previous one answers, until `requests` have been sent. Returns each request's latency and the
 * wall time of the whole burst (req/s = requests / wall time).
 */
export interface Burst {
  samples: number[];
  wallMs: number;
}

export async function burst(
  send: (i: number) => Promise<unknown>,
  requests: number,
  concurrency: number,
): Promise<Burst> {
  const samples: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests) {
      const i = next++;
      const t = performance.now();
      await send(i);
      samples.push(performance.now() - t);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, requests) }, worker));
  return { samples, wallMs: performance.now() - started };
}
