/**
 * The in-trace search syntax (interim, until the query language lands). Terms are separated
 * by spaces and must all hold (AND); a leading '-' negates a term; values may be "quoted".
 *   checkout                free text: name, service, span id, attribute keys and values
 *   "card declined"         a phrase
 *   key=value key!=value    attribute (span first, then resource) or a field below
 *   key>n >= < <=           numbers; duration takes units: duration>10ms (bare = ms)
 *   key=~regex key!~regex   JavaScript regular expression, searched anywhere in the text
 *   service:pay operation:get   case-insensitive substring on service / span name
 *   status=error  kind=client   span status (error / ok / unset), span kind
 */

export type FilterField =
  | { readonly kind: 'service' }
  | { readonly kind: 'operation' }
  | { readonly kind: 'duration' }
  | { readonly kind: 'status' }
  | { readonly kind: 'span-kind' }
  | { readonly kind: 'span-id' }
  | { readonly kind: 'attribute'; readonly key: string };

export type CompareOp = '=' | '!=' | '>' | '>=' | '<' | '<=' | '=~' | '!~' | ':';

export type FilterTerm =
  | { readonly type: 'text'; readonly negate: boolean; readonly lower: string }
  | {
      readonly type: 'compare';
      readonly negate: boolean;
      readonly field: FilterField;
      readonly op: CompareOp;
      readonly value: string;
      /** The value as a number (duration in µs), when it reads as one. */
      readonly number: number | null;
      readonly regex: RegExp | null;
    };

export interface SpanFilter {
  readonly terms: readonly FilterTerm[];
}

export type ParseResult =
  | { readonly ok: true; readonly filter: SpanFilter }
  | { readonly ok: false; readonly error: string };

const FIELD_ALIASES: Record<string, FilterField> = {
  service: { kind: 'service' },
  'service.name': { kind: 'service' },
  operation: { kind: 'operation' },
  name: { kind: 'operation' },
  'span.name': { kind: 'operation' },
  duration: { kind: 'duration' },
  status: { kind: 'status' },
  kind: { kind: 'span-kind' },
  'span.kind': { kind: 'span-kind' },
  spanid: { kind: 'span-id' },
  'span.id': { kind: 'span-id' },
  span_id: { kind: 'span-id' },
};

/** Fields that also take `field:value` (substring); elsewhere a colon is just text (URLs). */
const COLON_FIELDS = new Set(['service', 'operation', 'name', 'kind', 'status']);

const UNITS: Record<string, number> = { ns: 0.001, us: 1, µs: 1, ms: 1000, s: 1e6, m: 6e7, h: 3.6e9 };

/** µs from "10ms", "1.5s", "250us"; a bare number is milliseconds. */
export function parseDurationUs(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?|\.\d+)\s*(ns|us|µs|ms|s|m|h)?$/i.exec(text.trim());
  if (!m) return null;
  const unit = (m[2] ?? 'ms').toLowerCase();
  return Number(m[1]) * UNITS[unit]!;
}

/** Splits on whitespace outside double quotes; quotes are kept for the term parser. */
function splitTerms(text: string): string[] | string {
  const out: string[] = [];
  let cur = '';
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && inQuote && i + 1 < text.length) {
      cur += ch + text[++i]!;
    } else if (ch === '"') {
      inQuote = !inQuote;
      cur += ch;
    } else if (!inQuote && /\s/.test(ch)) {
      if (cur) out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  if (inQuote) return 'A quote (") is not closed.';
  if (cur) out.push(cur);
  return out;
}

function unquote(text: string): string {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    return text.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return text;
}

const COMPARE = /^([^\s"=!<>~:]+)(=~|!~|!=|>=|<=|=|>|<|:)(.*)$/s;

function parseTerm(raw: string): FilterTerm | string {
  let body = raw;
  let negate = false;
  if (body.startsWith('-') && body.length > 1) {
    negate = true;
    body = body.slice(1);
  }
  const m = COMPARE.exec(body);
  const keyLower = m?.[1]?.toLowerCase() ?? '';
  if (!m || (m[2] === ':' && !COLON_FIELDS.has(keyLower))) {
    const text = unquote(body);
    if (text === '') return `Empty search term "${raw}".`;
    return { type: 'text', negate, lower: text.toLowerCase() };
  }
  const op = m[2] as CompareOp;
  const key = m[1]!;
  const value = unquote(m[3]!);
  const field: FilterField = FIELD_ALIASES[keyLower] ?? { kind: 'attribute', key };
  let regex: RegExp | null = null;
  if (op === '=~' || op === '!~') {
    try {
      regex = new RegExp(value);
    } catch (e) {
      return `"${value}" is not a valid regular expression (${(e as Error).message}).`;
    }
  }
  let number: number | null = null;
  if (field.kind === 'duration') {
    number = parseDurationUs(value);
    if (number === null && op !== '=~' && op !== '!~') {
      return `"${value}" is not a duration (try 10ms, 1.5s or 250us).`;
    }
  } else if (value.trim() !== '' && Number.isFinite(Number(value))) {
    number = Number(value);
  }
  if ((op === '>' || op === '>=' || op === '<' || op === '<=') && number === null) {
    return `"${raw}": ${op} needs a number.`;
  }
  return { type: 'compare', negate, field, op, value, number, regex };
}

/** Parses the search box text; errors say which term is wrong. An empty text matches nothing. */
export function parseSpanFilter(text: string): ParseResult {
  const parts = splitTerms(text);
  if (typeof parts === 'string') return { ok: false, error: parts };
  const terms: FilterTerm[] = [];
  for (const raw of parts) {
    const term = parseTerm(raw);
    if (typeof term === 'string') return { ok: false, error: term };
    terms.push(term);
  }
  return { ok: true, filter: { terms } };
}
