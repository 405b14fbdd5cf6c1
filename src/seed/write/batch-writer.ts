import { RelationshipType } from '../../domain/enums';
import { type CypherQuery } from '../../neo4j/cypher';
import { type GraphDatabase } from '../../neo4j/driver';
import { plainText } from '../../neo4j/mappers';
import { classifyNeo4jError, neo4jErrorCode } from '../../neo4j/errors';
import { type SeedFileName } from '../contract';
import { type Tallies } from './tallies';
import { type LinkRow, type NodeRow } from '../read/parsed-rows';
import {
  createLinks,
  createNodes,
  type LinkParams,
  type NodeParams,
  type Outcome,
  OUTCOMES,
  upsertLinks,
  upsertNodes,
  upsertSupplies,
  type SupplyKey,
} from './write.cypher';

/** Called after each committed batch; a test hook (throwing from it interrupts the load). */
export interface BatchInfo {
  file: SeedFileName;
  target: string;
  rows: number;
  /** 1-based count of batches committed so far in this load. */
  batch: number;
}

export interface WriterOptions {
  batchSize: number;
  timeoutMs: number;
  /** Write transactions in flight at once (default 2: Neo4j runs each on one core). */
  concurrency?: number;
  /**
   * The graph was empty when the load began (and the load holds the write lease): nodes and the
   * relationships seen for the first time in this load cannot exist yet, so they are created, not
   * merged (a relationship MERGE locks both endpoints, which serialises concurrent batches on dense
   * nodes such as countries and minerals, and looks for the relationship first). Repeats of a
   * relationship within the load are merged after the batch that creates it.
   */
  fresh?: boolean;
  afterBatch?: (info: BatchInfo) => void | Promise<void>;
  /** Extra attempts of a batch that failed with a retryable Neo4j error (default 4). */
  retries?: number;
  /** Delay before the first retry, doubled for each next one (default 500 ms; at most 8 s). */
  retryDelayMs?: number;
  /** Told before each retry (logging; a test hook). */
  onRetry?: (info: RetryInfo) => void | Promise<void>;
}

export interface RetryInfo {
  file: SeedFileName;
  target: string;
  rows: number;
  /** 1-based: the retry about to run. */
  attempt: number;
  /** The Neo4j error code of the failure. */
  code: string;
  delayMs: number;
}

interface Buffer<P> {
  file: SeedFileName;
  target: string;
  query: (rows: P[]) => CypherQuery;
  /**
   * The batch as MERGE, for a retry of a fresh (CREATE) batch: a failure seen by the client may
   * come after the commit (a connection lost during it), and a MERGE cannot write a row twice.
   */
  retry?: (rows: P[]) => CypherQuery;
  rows: P[];
  /** Row index by relationship identity: a later row for the same relationship replaces an earlier one. */
  keys: Map<string, number>;
  /** For a buffer of merged repeats (fresh loads): the buffer creating the first occurrences. */
  before?: Buffer<P>;
}

interface Sealed {
  file: SeedFileName;
  target: string;
  query: CypherQuery;
  retryQuery: CypherQuery;
  rows: number;
  /** Relationship identities of the batch (empty for nodes: a repeated id is a validation error). */
  keys: ReadonlyMap<string, number>;
}

interface InFlight {
  batch: Sealed;
  done: Promise<void>;
}

/**
 * Collects rows into per-target batches and writes each full batch in its own write transaction
 * (a killed load loses the batches in flight; MERGE makes the rerun complete them). Up to
 * `concurrency` batches are in flight while the caller parses the next rows: Neo4j executes a
 * transaction on one core, so one at a time leaves the other core idle. A batch that repeats a
 * relationship of a batch in flight waits for it, so when a file repeats a relationship the last
 * row still wins.
 */
export class BatchWriter {
  private readonly nodeBuffers = new Map<string, Buffer<NodeParams>>();
  private readonly linkBuffers = new Map<string, Buffer<LinkParams>>();
  private ready: Sealed[] = [];
  private readonly inflight = new Set<InFlight>();
  private failure: Error | undefined;
  private committed = 0;
  /**
   * Fresh loads: hashes of the identities of the relationships created so far, per type (files that
   * can repeat them). A number costs a fraction of the string; a collision only sends a new
   * relationship down the MERGE path, which is always correct.
   */
  private readonly created = new Map<string, Set<number>>();

  constructor(
    private readonly db: GraphDatabase,
    private readonly options: WriterOptions,
    readonly tallies: Tallies,
  ) {}

  addNode(file: SeedFileName, node: NodeRow): void {
    const key = `${file}|${node.kind}`;
    let buffer = this.nodeBuffers.get(key);
    if (!buffer) {
      const write = this.options.fresh ? createNodes : upsertNodes;
      buffer = {
        file,
        target: node.kind,
        query: (rows) => write(node.kind, rows),
        retry: (rows) => upsertNodes(node.kind, rows),
        rows: [],
        keys: new Map(),
      };
      this.nodeBuffers.set(key, buffer);
    }
    buffer.rows.push({ id: node.id, props: node.props });
    if (buffer.rows.length >= this.options.batchSize) this.seal(buffer);
  }

  /**
   * `unique`: the file cannot repeat the relationship (it comes from a node row, whose id is
   * unique), so a fresh load need not remember it.
   */
  addLink(file: SeedFileName, link: LinkRow, unique = false): void {
    const supplies = link.type === RelationshipType.SUPPLIES;
    const keyedBy = supplies ? supplyKey(link.props) : 'none';
    const key = `${file}|${link.type}|${keyedBy}`;
    const minerals = supplies
      ? ((link.props.minerals as string[] | undefined)?.join(';') ?? plainText(link.props.mineral ?? ''))
      : '';
    const identity = `${link.from}\u0000${link.to}\u0000${minerals}`;
    const row = { from: link.from, to: link.to, props: link.props };
    const merge = (rows: LinkParams[]) => (supplies ? upsertSupplies(rows, keyedBy) : upsertLinks(link.type, rows));
    if (!this.options.fresh) return this.push(this.linkBuffer(key, file, link.type, merge), identity, row);

    const create = this.linkBuffer(`${key}|create`, file, link.type, (rows) => createLinks(link.type, rows), merge);
    if (unique || create.keys.has(identity)) return this.push(create, identity, row);
    let seen = this.created.get(link.type);
    if (!seen) this.created.set(link.type, (seen = new Set()));
    const hash = hash52(identity);
    if (!seen.has(hash)) {
      seen.add(hash);
      return this.push(create, identity, row);
    }
    // A repeat of a relationship an earlier batch creates: merged after that batch.
    const repeats = this.linkBuffer(`${key}|merge`, file, link.type, merge);
    repeats.before = create;
    this.push(repeats, identity, row);
  }

  private linkBuffer(
    key: string,
    file: SeedFileName,
    target: string,
    query: (rows: LinkParams[]) => CypherQuery,
    retry?: (rows: LinkParams[]) => CypherQuery,
  ): Buffer<LinkParams> {
    let buffer = this.linkBuffers.get(key);
    if (!buffer) this.linkBuffers.set(key, (buffer = { file, target, query, retry, rows: [], keys: new Map() }));
    return buffer;
  }

  /** Two rows of one UNWIND must not describe the same relationship (both would see it absent): the later row wins. */
  private push(buffer: Buffer<LinkParams>, identity: string, row: LinkParams): void {
    const earlier = buffer.keys.get(identity);
    if (earlier !== undefined) buffer.rows[earlier] = row;
    else {
      buffer.keys.set(identity, buffer.rows.length);
      buffer.rows.push(row);
      if (buffer.rows.length >= this.options.batchSize) this.seal(buffer);
    }
  }

  /** Submits the batches that are full. */
  async flushFull(): Promise<void> {
    const ready = this.ready;
    this.ready = [];
    for (const batch of ready) await this.submit(batch);
    await this.rethrow();
  }

  /** Submits everything buffered and waits until it is committed. */
  async flushAll(): Promise<void> {
    for (const buffer of this.nodeBuffers.values()) if (buffer.rows.length > 0) this.seal(buffer);
    for (const buffer of this.linkBuffers.values()) if (buffer.rows.length > 0) this.seal(buffer);
    await this.flushFull();
    await Promise.all([...this.inflight].map((f) => f.done));
    await this.rethrow();
  }

  private seal<P>(buffer: Buffer<P>): void {
    // Repeats go after the batch creating their first occurrence (submit() keeps the order).
    if (buffer.before && buffer.before.rows.length > 0) this.seal(buffer.before);
    this.ready.push({
      file: buffer.file,
      target: buffer.target,
      query: buffer.query(buffer.rows),
      retryQuery: (buffer.retry ?? buffer.query)(buffer.rows),
      rows: buffer.rows.length,
      keys: buffer.keys,
    });
    buffer.rows = [];
    buffer.keys = new Map();
  }

  private async submit(batch: Sealed): Promise<void> {
    const limit = Math.max(1, this.options.concurrency ?? 2);
    for (;;) {
      await this.rethrow();
      const blockers = [...this.inflight].filter(
        (f) => f.batch.target === batch.target && overlaps(f.batch.keys, batch.keys),
      );
      if (blockers.length > 0) await Promise.all(blockers.map((f) => f.done));
      else if (this.inflight.size >= limit) await Promise.race([...this.inflight].map((f) => f.done));
      else break;
    }
    const entry: InFlight = {
      batch,
      done: this.write(batch).then(
        () => {
          this.inflight.delete(entry);
        },
        (error) => {
          this.inflight.delete(entry);
          this.failure ??= asError(error);
        },
      ),
    };
    this.inflight.add(entry);
  }

  private async write(batch: Sealed): Promise<void> {
    const { file, target, rows } = batch;
    const result = await this.commitWithRetries(batch).catch((error: unknown) => {
      const why = error instanceof Error ? error.message : String(error);
      throw new Error(
        `writing ${rows} ${target} rows of ${file} failed (after ${this.committed} committed batches): ${why}`,
        { cause: error },
      );
    });
    let written = 0;
    for (const r of result) {
      const outcome = r.outcome as Outcome;
      if (!OUTCOMES.includes(outcome)) throw new Error(`Unexpected outcome ${String(r.outcome)}`);
      this.tallies.add(file, target, outcome, Number(r.rows));
      written += Number(r.rows);
    }
    // Validation saw every endpoint; a shortfall means nodes vanished during the load.
    if (written !== rows)
      throw new Error(
        `${file}: ${rows - written} of ${rows} ${target} rows found no endpoint nodes (deleted during the load?)`,
      );
    this.committed++;
    await this.options.afterBatch?.({ file, target, rows, batch: this.committed });
  }

  /**
   * Commits one batch in its own transaction (the seed's timeout, not the API's), retrying a
   * retryable Neo4j failure (lock waits, deadlocks, a database restarting or unreachable:
   * src/neo4j/errors.ts) with a doubling delay. A retry runs the batch's MERGE form.
   */
  private async commitWithRetries(batch: Sealed) {
    const retries = this.options.retries ?? 4;
    for (let attempt = 0; ; attempt++) {
      try {
        const query = attempt === 0 ? batch.query : batch.retryQuery;
        return await this.db.writeTransaction((run) => run(query), this.options.timeoutMs);
      } catch (error) {
        const kind = classifyNeo4jError(error);
        if (!kind?.retryable || attempt >= retries || this.failure !== undefined) throw error;
        const delayMs = Math.min(8_000, (this.options.retryDelayMs ?? 500) * 2 ** attempt);
        const code = neo4jErrorCode(error) ?? 'unknown';
        await this.options.onRetry?.({
          file: batch.file,
          target: batch.target,
          rows: batch.rows,
          attempt: attempt + 1,
          code,
          delayMs,
        });
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    }
  }

  /** After a failure: waits for the other batches in flight (a load never returns while writing), then throws. */
  private async rethrow(): Promise<void> {
    if (this.failure === undefined) return;
    await Promise.all([...this.inflight].map((f) => f.done));
    throw this.failure;
  }
}

/** How a SUPPLIES row is identified besides its endpoints: its one mineral, its mineral list, or neither. */
function supplyKey(props: Record<string, unknown>): SupplyKey {
  if (props.mineral !== undefined) return 'mineral';
  return Array.isArray(props.minerals) ? 'minerals' : 'none';
}

/** A 52-bit hash (two 32-bit FNV-1a-style passes with different offsets and primes): exact as a JS number. */
export function hash52(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff);
}

function overlaps(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const key of small.keys()) if (big.has(key)) return true;
  return false;
}

/** A rejection as an Error (the driver and our code reject with Errors; anything else is wrapped). */
function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
