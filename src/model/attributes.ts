import type { Attribute, AttributeValue, SpanStatus } from './types';

interface HasAttributes {
  readonly attributes: readonly Attribute[];
}

/** The value of the first attribute named `key` (on a span, or in an attribute list). */
export function attr(
  source: HasAttributes | readonly Attribute[],
  key: string,
): AttributeValue | undefined {
  const list = isAttributeList(source) ? source : source.attributes;
  for (const a of list) if (a.key === key) return a.value;
  return undefined;
}

function isAttributeList(source: HasAttributes | readonly Attribute[]): source is readonly Attribute[] {
  return Array.isArray(source);
}

/** Display text of a value: plain for scalars, JSON-like for arrays and maps. Never markup. */
export function attrText(value: AttributeValue | undefined): string {
  if (value === undefined) return '';
  // Explicit stack: values nest (kvlist inside array inside kvlist...) and data is untrusted.
  type Frame = { readonly value: AttributeValue; readonly key?: string } | { readonly close: string };
  const out: string[] = [];
  const stack: Frame[] = [{ value }];
  const needsComma: boolean[] = [];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('close' in frame) {
      out.push(frame.close);
      needsComma.pop();
      continue;
    }
    if (needsComma.length > 0) {
      if (needsComma[needsComma.length - 1]) out.push(', ');
      needsComma[needsComma.length - 1] = true;
    }
    if (frame.key !== undefined) out.push(`${frame.key}: `);
    const v = frame.value;
    const nested = needsComma.length > 0;
    switch (v.type) {
      case 'string':
        out.push(nested ? JSON.stringify(v.value) : v.value);
        break;
      case 'bool':
      case 'int':
      case 'double':
      case 'bytes':
        out.push(String(v.value));
        break;
      case 'array':
        out.push('[');
        needsComma.push(false);
        stack.push({ close: ']' });
        for (let i = v.value.length - 1; i >= 0; i--) stack.push({ value: v.value[i]! });
        break;
      case 'map':
        out.push('{');
        needsComma.push(false);
        stack.push({ close: '}' });
        for (let i = v.value.length - 1; i >= 0; i--) {
          const entry = v.value[i]!;
          stack.push({ value: entry.value, key: entry.key });
        }
        break;
    }
  }
  return out.join('');
}

interface ErrorCheckable extends HasAttributes {
  readonly status: SpanStatus;
}

/**
 * OTLP status error; Jaeger tag `error` = true (bool, or the string "true"); a Zipkin `error`
 * tag of any value (even empty). Decoders already map these to status error; this stays
 * robust for data that only carries the tag. The one string we read as "not an error" is
 * "false", which Jaeger clients do emit.
 */
export function isErrorSpan(span: ErrorCheckable): boolean {
  if (span.status.code === 'error') return true;
  // As attr(span, 'error'), inlined: this runs once per span of every trace built.
  const attributes = span.attributes;
  for (let i = 0; i < attributes.length; i++) {
    const a = attributes[i]!;
    if (a.key === 'error') return isErrorTag(a.value);
  }
  return false;
}

function isErrorTag(tag: AttributeValue): boolean {
  if (tag.type === 'bool') return tag.value;
  if (tag.type === 'string') return tag.value.trim().toLowerCase() !== 'false';
  return false;
}
