// A growable list of 32-bit integers in a typed array. For long-lived scratch lists of
// offsets (a 55 MB answer's scan records ~2.4M): an array of numbers of that size lives in
// the JS heap, is copied as it grows, and is promoted to the old generation before it
// becomes garbage; a typed array's storage lives outside the heap.

export class Int32List {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  /** Appends one to four values (no rest array: this runs millions of times). */
  push(a: number, b?: number, c?: number, d?: number): void {
    if (this.length + 4 > this.data.length) this.grow();
    const { data } = this;
    data[this.length++] = a;
    if (b === undefined) return;
    data[this.length++] = b;
    if (c === undefined) return;
    data[this.length++] = c;
    if (d === undefined) return;
    data[this.length++] = d;
  }

  /** Appends all of `values`. */
  pushAll(values: Int32Array): void {
    while (this.length + values.length > this.data.length) this.grow();
    this.data.set(values, this.length);
    this.length += values.length;
  }

  get(index: number): number {
    return this.data[index]!;
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }

  /** Drops everything from `length` on. */
  truncate(length: number): void {
    this.length = Math.min(this.length, length);
  }

  /** Makes room for `capacity` values in all (no effect when there is that much already). */
  reserve(capacity: number): void {
    if (capacity <= this.data.length) return;
    const bigger = new Int32Array(capacity);
    bigger.set(this.data.subarray(0, this.length));
    this.data = bigger;
  }

  private grow(): void {
    this.reserve(Math.max(8, this.data.length * 2));
  }
}
