/**
 * Which text runs of the page were read, under which passage number: a passage number
 * always means one text run. When a block's text changes, its passages are retired and
 * its new runs get new numbers.
 */
import type { TextRun } from './text-runs';

/** The passages on the page at one moment, with their lengths: to tell later how much of that text is still there. */
export type TextSnapshot = ReadonlyMap<number, number>;

export class PassageLedger {
  private readonly passagesByBlock = new Map<Node, number[]>();
  private readonly runs = new Map<number, TextRun>();
  private next = 0;

  /** The number the next run read gets. */
  get nextPassage(): number {
    return this.next;
  }

  /** Number a run just read. */
  add(run: TextRun): number {
    const passages = this.passagesByBlock.get(run.block) ?? [];
    this.passagesByBlock.set(run.block, passages);
    const passage = this.next++;
    passages.push(passage);
    this.runs.set(passage, run);
    return passage;
  }

  /** Forget a block's passages; returns their numbers. */
  retireBlock(block: Node): number[] {
    const passages = this.passagesByBlock.get(block) ?? [];
    for (const passage of passages) this.runs.delete(passage);
    this.passagesByBlock.delete(block);
    return passages;
  }

  blocks(): Node[] {
    return [...this.passagesByBlock.keys()];
  }

  runOf(passage: number): TextRun | undefined {
    return this.runs.get(passage);
  }

  snapshot(): TextSnapshot {
    return new Map([...this.runs].map(([passage, run]) => [passage, run.text.length]));
  }

  /** The share of a snapshot's text (by characters) still on the page; 1 when it had none. */
  keptShare(snapshot: TextSnapshot): number {
    let total = 0;
    let kept = 0;
    for (const [passage, length] of snapshot) {
      total += length;
      if (this.runs.has(passage)) kept += length;
    }
    return total === 0 ? 1 : kept / total;
  }
}
