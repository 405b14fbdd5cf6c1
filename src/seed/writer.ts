import { RelationshipType } from '../domain/enums';
import { CypherQuery } from '../neo4j/cypher';
import { GraphDatabase } from '../neo4j/driver';
import { SeedFileName } from './contract';
import { Tallies } from './tallies';
import { LinkRow, NodeRow } from './rows';
import { LinkParams, NodeParams, Outcome, OUTCOMES, upsertLinks, upsertNodes, upsertSupplies } from './write.cypher';

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
  afterBatch?: (info: BatchInfo) => void | Promise<void>;
}

interface Buffer<P> {
  file: SeedFileName;
  target: string;
  query: (rows: P[]) => CypherQuery;
  rows: P[];
  /** Row index by relationship identity: a later row for the same relationship replaces an earlier one. */
  keys: Map<string, number>;
}

interface Sealed {
  file: SeedFileName;
  target: string;
  query: CypherQuery;
  rows: number;
}

/**
 * Collects rows into per-target batches and writes each full batch in its own write transaction
 * (a killed load loses at most the batch in flight; MERGE makes the rerun complete it). One batch
 * is in flight at a time while the caller parses the next rows; batches are committed in the
 * order they filled, so when a file repeats a relationship the last row wins.
 */
export class BatchWriter {
  private readonly nodeBuffers = new Map<string, Buffer<NodeParams>>();
  private readonly linkBuffers = new Map<string, Buffer<LinkParams>>();
  private ready: Sealed[] = [];
  private inflight: Promise<void> = Promise.resolve();
  private failure: unknown;
  private committed = 0;

  constructor(
    private readonly db: GraphDatabase,
    private readonly options: WriterOptions,
    readonly tallies: Tallies,
  ) {}

  addNode(file: SeedFileName, node: NodeRow): void {
    const key = `${file}|${node.kind}`;
    let buffer = this.nodeBuffers.get(key);
    if (!buffer) {
      buffer = { file, target: node.kind, query: rows => upsertNodes(node.kind, rows), rows: [], keys: new Map() };
      this.nodeBuffers.set(key, buffer);
    }
    buffer.rows.push({ id: node.id, props: node.props });
    if (buffer.rows.length >= this.options.batchSize) this.seal(buffer);
  }

  addLink(file: SeedFileName, link: LinkRow): void {
    const supplies = link.type === RelationshipType.SUPPLIES;
    const withMineral = supplies && link.props.mineral !== undefined;
    const key = `${file}|${link.type}|${withMineral}`;
    let buffer = this.linkBuffers.get(key);
    if (!buffer) {
      const query = supplies ? (rows: LinkParams[]) => upsertSupplies(rows, withMineral) : (rows: LinkParams[]) => upsertLinks(link.type, rows);
      buffer = { file, target: link.type, query, rows: [], keys: new Map() };
      this.linkBuffers.set(key, buffer);
    }
    // Two rows of one UNWIND must not describe the same relationship (both would see it absent).
    const identity = `${link.from}\u0000${link.to}\u0000${supplies ? String(link.props.mineral ?? '') : ''}`;
    const row = { from: link.from, to: link.to, props: link.props };
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
    this.rethrow();
  }

  /** Submits everything buffered and waits until it is committed. */
  async flushAll(): Promise<void> {
    for (const buffer of this.nodeBuffers.values()) if (buffer.rows.length > 0) this.seal(buffer);
    for (const buffer of this.linkBuffers.values()) if (buffer.rows.length > 0) this.seal(buffer);
    await this.flushFull();
    await this.inflight;
    this.rethrow();
  }

  private seal<P>(buffer: Buffer<P>): void {
    this.ready.push({ file: buffer.file, target: buffer.target, query: buffer.query(buffer.rows), rows: buffer.rows.length });
    buffer.rows = [];
    buffer.keys = new Map();
  }

  private async submit(batch: Sealed): Promise<void> {
    await this.inflight;
    this.rethrow();
    this.inflight = this.write(batch.file, batch.target, batch.query, batch.rows).catch(error => {
      this.failure ??= error;
    });
  }

  private async write(file: SeedFileName, target: string, query: CypherQuery, rows: number): Promise<void> {
    const result = await this.db.writeTransaction(run => run(query), this.options.timeoutMs).catch((error: unknown) => {
      const why = error instanceof Error ? error.message : String(error);
      throw new Error(`writing ${rows} ${target} rows of ${file} failed (after ${this.committed} committed batches): ${why}`, { cause: error });
    });
    let written = 0;
    for (const r of result) {
      const outcome = r.outcome as Outcome;
      if (!OUTCOMES.includes(outcome)) throw new Error(`Unexpected outcome ${String(r.outcome)}`);
      this.tallies.add(file, target, outcome, Number(r.rows));
      written += Number(r.rows);
    }
    // Validation saw every endpoint; a shortfall means nodes vanished during the load.
    if (written !== rows) throw new Error(`${file}: ${rows - written} of ${rows} ${target} rows found no endpoint nodes (deleted during the load?)`);
    this.committed++;
    await this.options.afterBatch?.({ file, target, rows, batch: this.committed });
  }

  private rethrow(): void {
    if (this.failure !== undefined) throw this.failure;
  }
}
