import type { Attribute, AttributeValue } from './types';

// Why: a 100k-span trace holds ~500k attributes, and most of them repeat (http.method=GET,
// component=http, status codes, thread ids, db.system...). Each was two live objects, and the
// major GC that follows opening a big trace pays for every live object, inside whatever frame
// is running (the long tasks while scrolling, ADR 0010). Equal scalar attributes now share one
// immutable object. A key whose values keep changing (url.path, ids) stops being remembered
// after MAX_VALUES_PER_KEY distinct values, so the table stays small. Not frozen: the model's
// types are readonly, and frozen objects beside plain ones would make every attribute read
// site polymorphic.

const MAX_VALUES_PER_KEY = 256;
/** Long strings rarely repeat, and keeping them in a table costs more than it saves. */
const MAX_STRING_LENGTH = 128;

/** One decode's table of shared attributes; drop it with the decode. */
export class AttributeInterner {
  private readonly strings = new Map<string, Map<string, Attribute> | null>();
  private readonly ints = new Map<string, Map<number | string, Attribute> | null>();

  /** `{key, value}`: shared when it is a string or an integer, as is otherwise. */
  attribute(key: string, value: AttributeValue): Attribute {
    if (value.type === 'string') return this.string(key, value.value);
    if (value.type === 'int') return this.int(key, value.value);
    return { key, value };
  }

  /** `{key, value: {type: 'string', value}}`, shared with every equal one seen before. */
  string(key: string, value: string): Attribute {
    if (value.length > MAX_STRING_LENGTH) return { key, value: { type: 'string', value } };
    return this.intern(this.strings, key, 'string', value);
  }

  /** `{key, value: {type: 'int', value}}`, shared with every equal one seen before. */
  int(key: string, value: number | string): Attribute {
    // A Map holds 0 and -0 as one key; the model keeps the sign the data wrote.
    if (Object.is(value, -0)) return { key, value: { type: 'int', value } };
    return this.intern(this.ints, key, 'int', value);
  }

  private intern<V extends string | number>(
    tables: Map<string, Map<V, Attribute> | null>,
    key: string,
    type: 'string' | 'int',
    value: V,
  ): Attribute {
    const table = this.tableFor(tables, key);
    const known = table?.get(value);
    if (known !== undefined) return known;
    // Typed by the callers: 'string' comes with a string, 'int' with a number or its digits.
    const made = { key, value: { type, value } } as Attribute;
    if (table && table.size < MAX_VALUES_PER_KEY) table.set(value, made);
    else if (table) tables.set(key, null);
    return made;
  }

  /** The key's table; null once the key has shown too many distinct values to be worth it. */
  private tableFor<V>(tables: Map<string, Map<V, Attribute> | null>, key: string): Map<V, Attribute> | null {
    const table = tables.get(key);
    if (table !== undefined) return table;
    const fresh = new Map<V, Attribute>();
    tables.set(key, fresh);
    return fresh;
  }
}
