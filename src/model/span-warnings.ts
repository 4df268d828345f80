import type { DataWarning } from './types';

const NONE: readonly DataWarning[] = Object.freeze([]);

interface HasWarnings {
  readonly warnings?: readonly DataWarning[];
}

/**
 * Warnings per span, created only for spans that get one (most spans never do, and a
 * 100k-span trace should not allocate 100k empty arrays). Starts from the decoder's own,
 * read straight off the spans so that no list of them is copied.
 */
export class SpanWarnings {
  private readonly lists: (DataWarning[] | undefined)[];

  constructor(private readonly initial: readonly HasWarnings[]) {
    this.lists = new Array<DataWarning[] | undefined>(initial.length);
  }

  add(index: number, warning: DataWarning): void {
    let list = this.lists[index];
    if (list === undefined) this.lists[index] = list = [...(this.initial[index]?.warnings ?? NONE)];
    list.push(warning);
  }

  get(index: number): readonly DataWarning[] {
    return this.lists[index] ?? this.initial[index]?.warnings ?? NONE;
  }
}
