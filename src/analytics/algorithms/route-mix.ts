import { CONFIDENCES, type Confidence } from '../../domain/evidence';
import { SHARE_EPSILON, snapShare } from './shares';

/**
 * What a share rests on. A share is a sum over routes; each route is classed by the kinds of
 * weights along it and by its weakest link, so a share is kept as a small vector ("mix") of its
 * parts per class: 8 weight classes (bits: some weight from volumes, some equal split, the route
 * ends at an UNMODELLED source) x 3 confidences. Sums and products of routes stay exact per class.
 */
export enum Basis {
  VOLUME = 'VOLUME',
  EQUAL_SPLIT = 'EQUAL_SPLIT',
  MIXED = 'MIXED',
}

export const WEIGHT_FROM_VOLUME = 1;
export const WEIGHT_EQUAL_SPLIT = 2;
export const ENDS_UNMODELLED = 4;
const CLASSES = 8;
const LEVELS = CONFIDENCES.length;
export const MIX_SIZE = CLASSES * LEVELS;

export type Mix = Float64Array;

export function emptyMix(): Mix {
  return new Float64Array(MIX_SIZE);
}

/** A route of no links: no weight, nothing uncertain (confidence rank 0). */
export function unitMix(): Mix {
  const m = emptyMix();
  m[0] = 1;
  return m;
}

/*
 * The arithmetic below takes optional offsets (`at`, `fromAt`, ...) so that the route programmes can
 * keep the mixes of all their states in one pooled Float64Array (MIX_SIZE numbers per state).
 */

export function mixTotal(m: Mix, at = 0): number {
  let t = 0;
  for (let i = 0; i < MIX_SIZE; i++) t += m[at + i];
  return t;
}

/** into += factor * from. */
export function addMix(into: Mix, from: Mix, factor = 1, intoAt = 0, fromAt = 0): void {
  for (let i = 0; i < MIX_SIZE; i++) into[intoAt + i] += factor * from[fromAt + i];
}

/** into += weight * (from extended by one link of class bits `flags` and confidence rank `conf`). */
export function addStep(
  into: Mix,
  from: Mix,
  weight: number,
  flags: number,
  conf: number,
  intoAt = 0,
  fromAt = 0,
): void {
  for (let f = 0; f < CLASSES; f++) {
    for (let c = 0; c < LEVELS; c++) {
      const x = from[fromAt + f * LEVELS + c];
      if (x !== 0) into[intoAt + (f | flags) * LEVELS + Math.max(c, conf)] += weight * x;
    }
  }
}

/** into += the routes made of a downstream part (down) followed by an upstream part (up). */
export function addJoined(into: Mix, down: Mix, up: Mix, downAt = 0, upAt = 0): void {
  for (let i = 0; i < MIX_SIZE; i++) {
    const a = down[downAt + i];
    if (a === 0) continue;
    const f1 = Math.floor(i / LEVELS);
    const c1 = i % LEVELS;
    for (let j = 0; j < MIX_SIZE; j++) {
      const b = up[upAt + j];
      if (b !== 0) into[(f1 | Math.floor(j / LEVELS)) * LEVELS + Math.max(c1, j % LEVELS)] += a * b;
    }
  }
}

/** The part of a mix whose routes end at an UNMODELLED source. */
export function unmodelledPart(m: Mix): Mix {
  const out = emptyMix();
  for (let i = 0; i < MIX_SIZE; i++) if (Math.floor(i / LEVELS) & ENDS_UNMODELLED) out[i] = m[i];
  return out;
}

export interface ConfidenceShare {
  confidence: Confidence;
  share: number;
}

/** A share with what it rests on. */
export interface EvidencedShare {
  share: number;
  /** Null where no weight is involved (a zero share, or a route of no links). */
  basis: Basis | null;
  /** The share split by the weakest confidence on each route; the parts add up to the share. */
  byConfidence: ConfidenceShare[];
}

/** Summarises a mix: its share (snapped with `snap`), basis and parts by confidence. */
export function evidenced(m: Mix, snap: (x: number) => number = snapShare): EvidencedShare {
  const share = snap(mixTotal(m));
  let volume = false;
  let equal = false;
  const byLevel = new Array<number>(LEVELS).fill(0);
  for (let i = 0; i < MIX_SIZE; i++) {
    const x = m[i];
    if (x <= 0) continue;
    const f = Math.floor(i / LEVELS);
    if (f & WEIGHT_FROM_VOLUME) volume = true;
    if (f & WEIGHT_EQUAL_SPLIT) equal = true;
    byLevel[i % LEVELS] += x;
  }
  const basis =
    share === 0 ? null : volume && equal ? Basis.MIXED : volume ? Basis.VOLUME : equal ? Basis.EQUAL_SPLIT : null;
  const byConfidence =
    share === 0
      ? []
      : CONFIDENCES.map((confidence, c) => ({ confidence, share: byLevel[c] })).filter(
          (p) => p.share > SHARE_EPSILON * 1e-3,
        );
  return { share, basis, byConfidence };
}
