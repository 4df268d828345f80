import type { Field } from './ast';

/** Reserved names and their aliases. Anything else is an attribute key. */
const NAMED: Readonly<Record<string, Field>> = {
  service: { kind: 'service' },
  'service.name': { kind: 'service' },
  operation: { kind: 'operation' },
  name: { kind: 'operation' },
  duration: { kind: 'duration' },
  'span.duration': { kind: 'span.duration' },
  status: { kind: 'status' },
  kind: { kind: 'kind' },
};

/** Words the parser reads as connectives or functions, never as keys. */
const RESERVED_WORDS = new Set(['and', 'or', 'has', 'error']);

const ATTR_PREFIXES = ['tags.', 'attr.'];

/**
 * Resolves a key as typed. `tags.`/`attr.` force an attribute (Jaeger-style
 * `tags.http.status_code`), so `attr.service` means an attribute named "service".
 */
export function resolveField(key: string): Field {
  for (const p of ATTR_PREFIXES) {
    if (key.startsWith(p) && key.length > p.length) return { kind: 'attr', key: key.slice(p.length) };
  }
  return NAMED[key] ?? { kind: 'attr', key };
}

/** The canonical spelling of a field; attributes that collide with a reserved name get `attr.`. */
export function fieldName(field: Field): string {
  switch (field.kind) {
    case 'attr': {
      const plain = resolveField(field.key);
      const reserved = RESERVED_WORDS.has(field.key.toLowerCase());
      return plain.kind === 'attr' && plain.key === field.key && !reserved ? field.key : `attr.${field.key}`;
    }
    default:
      return field.kind;
  }
}

export const SPAN_KINDS = ['unspecified', 'internal', 'server', 'client', 'producer', 'consumer'] as const;
export const STATUS_VALUES = ['unset', 'ok', 'error'] as const;
