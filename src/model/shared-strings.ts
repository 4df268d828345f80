/**
 * One instance of each equal string, for fields that repeat across spans (operation names):
 * the decoders read every span's copy out of the payload, and a 100k-span trace then kept
 * 100k name strings alive where a few hundred distinct ones would do. Every live object is
 * work for each major garbage collection, which lands in whatever frame is running (ADR
 * 0010). Past MAX_DISTINCT different values the strings are evidently not repeating and the
 * table stops growing; long strings are not kept.
 */
const MAX_DISTINCT = 4096;
const MAX_LENGTH = 200;

export class SharedStrings {
  private table: Map<string, string> | null = new Map();

  share(value: string): string {
    const table = this.table;
    if (table === null || value.length > MAX_LENGTH) return value;
    const known = table.get(value);
    if (known !== undefined) return known;
    if (table.size >= MAX_DISTINCT) this.table = null;
    else table.set(value, value);
    return value;
  }
}
