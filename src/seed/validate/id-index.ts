import { NODE_KINDS, type NodeKind } from '../../domain/enums';

/**
 * Every node id defined by the files, with its kind and defining line: the only per-row state the
 * validation pass keeps. One number per id (line * 8 + kind); the file follows from the kind, as
 * each kind has exactly one file.
 */
export interface IdEntry {
  kind: NodeKind;
  line: number;
}

export class IdIndex {
  private readonly ids = new Map<string, number>();

  /** Registers an id; returns the earlier definition instead when the id is already taken. */
  add(id: string, kind: NodeKind, line: number): IdEntry | undefined {
    const earlier = this.get(id);
    if (earlier) return earlier;
    this.ids.set(own(id), line * 8 + NODE_KINDS.indexOf(kind));
    return undefined;
  }

  get(id: string): IdEntry | undefined {
    const code = this.ids.get(id);
    return code === undefined ? undefined : { kind: NODE_KINDS[code % 8], line: Math.floor(code / 8) };
  }

  kindOf(id: string): NodeKind | undefined {
    const code = this.ids.get(id);
    return code === undefined ? undefined : NODE_KINDS[code % 8];
  }

  get size(): number {
    return this.ids.size;
  }
}

/**
 * A copy of the id that does not pin the CSV chunk it was cut from: V8 keeps substrings of 13+
 * chars as slices of their parent (here a 1 MB chunk), so kept ids could hold whole files in memory.
 * Concatenating then slicing forces a flat copy of just the id.
 */
function own(id: string): string {
  return id.length < 13 ? id : (' ' + id).slice(1);
}
