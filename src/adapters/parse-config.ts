// Validates public/config.json. Every problem names the exact field
// (`sources[1].type: expected one of jaeger, tempo, zipkin, demo`) so the start-up page can
// say what to fix. Defaults: name = id, headers {}, timeoutMs 30000, routing 'history',
// linkTemplates [], defaultSource = the first source.
import { ConfigError, type AppConfig, type LinkTemplate, type SourceConfig, type SourceType } from './config';
import { DEFAULT_TIMEOUT_MS } from './shared/http';

const SOURCE_TYPES: readonly SourceType[] = ['jaeger', 'tempo', 'zipkin', 'demo'];
const ROUTING = ['history', 'hash'] as const;
const SCOPES = ['trace', 'span'] as const;
/** Ids appear in URLs (`?source=`) and proxy paths (`backends/<id>/`). */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** RFC 9110 token: what a header name may contain. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN_PLACEHOLDER = /^(traceId|spanId|service|attr:[^{}]+)$/;
const MAX_TIMEOUT_MS = 10 * 60 * 1000;

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (field: string, message: string): never => {
  throw new ConfigError(field, message);
};

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  return fail(field, `expected one of ${allowed.join(', ')}${value === undefined ? '' : `, got ${JSON.stringify(value)}`}`);
}

function nonEmptyString(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') return fail(field, 'expected a non-empty string');
  return value;
}

export function parseAppConfig(json: unknown): AppConfig {
  if (!isRecord(json)) return fail('(root)', 'expected a JSON object with "sources"');
  const sources = parseSources(json.sources);
  const ids = sources.map((s) => s.id);
  let defaultSource = ids[0]!;
  if (json.defaultSource !== undefined) {
    const d = nonEmptyString(json.defaultSource, 'defaultSource');
    if (!ids.includes(d)) fail('defaultSource', `"${d}" is not the id of a source (${ids.join(', ')})`);
    defaultSource = d;
  }
  const routing = json.routing === undefined ? 'history' : oneOf(json.routing, ROUTING, 'routing');
  return { sources, defaultSource, linkTemplates: parseLinkTemplates(json.linkTemplates), routing };
}

function parseSources(value: unknown): SourceConfig[] {
  if (!Array.isArray(value) || value.length === 0) return fail('sources', 'expected a non-empty list of sources');
  const seen = new Map<string, number>();
  return value.map((raw, i) => {
    const source = parseSource(raw, `sources[${i}]`);
    const first = seen.get(source.id);
    if (first !== undefined) fail(`sources[${i}].id`, `duplicate id "${source.id}" (also sources[${first}].id)`);
    seen.set(source.id, i);
    return source;
  });
}

function parseSource(raw: unknown, at: string): SourceConfig {
  if (!isRecord(raw)) return fail(at, 'expected an object {id, name, type, url}');
  const id = nonEmptyString(raw.id, `${at}.id`);
  if (!ID.test(id)) fail(`${at}.id`, `"${id}" may contain only letters, digits, ".", "_" and "-"`);
  const name = raw.name === undefined ? id : nonEmptyString(raw.name, `${at}.name`);
  const type = oneOf(raw.type, SOURCE_TYPES, `${at}.type`);
  const url = type === 'demo' && raw.url === undefined ? '' : parseSourceUrl(raw.url, `${at}.url`);
  const headers = parseHeaders(raw.headers, `${at}.headers`);
  let tenant: string | undefined;
  if (raw.tenant !== undefined) {
    if (type !== 'tempo') fail(`${at}.tenant`, 'only Tempo sources take a tenant; for others set the header in "headers"');
    tenant = nonEmptyString(raw.tenant, `${at}.tenant`);
    if (/[\r\n]/.test(tenant)) fail(`${at}.tenant`, 'must be on one line');
  }
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  if (raw.timeoutMs !== undefined) {
    const t = raw.timeoutMs;
    if (typeof t !== 'number' || !Number.isInteger(t) || t <= 0 || t > MAX_TIMEOUT_MS) {
      fail(`${at}.timeoutMs`, `expected a whole number of milliseconds between 1 and ${MAX_TIMEOUT_MS}`);
    }
    timeoutMs = t as number;
  }
  return { id, name, type, url, headers, timeoutMs, ...(tenant !== undefined ? { tenant } : {}) };
}

/** Absolute http(s) URL, or a path relative to the app (`backends/jaeger`, `/jaeger`). */
function parseSourceUrl(value: unknown, field: string): string {
  const url = nonEmptyString(value, field).trim();
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (scheme !== 'http' && scheme !== 'https') fail(field, `expected an http(s) URL or a relative path, got "${url}"`);
    try {
      new URL(url);
    } catch {
      fail(field, `"${url}" is not a valid URL`);
    }
  } else if (url.startsWith('//')) {
    fail(field, 'write the scheme (http:// or https://) instead of a protocol-relative URL');
  }
  return url;
}

function parseHeaders(value: unknown, at: string): Record<string, string> {
  if (value === undefined) return {};
  if (!isRecord(value)) return fail(at, 'expected an object of header names to values');
  const out: [string, string][] = [];
  for (const [name, v] of Object.entries(value)) {
    if (!HEADER_NAME.test(name)) fail(`${at}.${name}`, 'is not a valid header name');
    if (typeof v !== 'string') fail(`${at}.${name}`, 'expected a string');
    if (/[\r\n\0]/.test(v as string)) fail(`${at}.${name}`, 'must be on one line');
    out.push([name, v as string]);
  }
  return Object.fromEntries(out);
}

function parseLinkTemplates(value: unknown): LinkTemplate[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return fail('linkTemplates', 'expected a list of {name, url, scope}');
  return value.map((raw, i) => {
    const at = `linkTemplates[${i}]`;
    if (!isRecord(raw)) return fail(at, 'expected an object {name, url, scope}');
    const name = nonEmptyString(raw.name, `${at}.name`);
    const url = parseTemplateUrl(raw.url, `${at}.url`);
    // Without a scope: a link that needs only the trace id belongs to the trace header.
    const scope =
      raw.scope === undefined ? (usesOnlyTraceId(url) ? 'trace' : 'span') : oneOf(raw.scope, SCOPES, `${at}.scope`);
    return { name, url, scope };
  });
}

function parseTemplateUrl(value: unknown, field: string): string {
  const url = nonEmptyString(value, field).trim();
  for (const m of url.matchAll(PLACEHOLDER)) {
    if (!KNOWN_PLACEHOLDER.test(m[1] ?? '')) {
      fail(field, `unknown placeholder {${m[1]}} (use {traceId}, {spanId}, {service} or {attr:key})`);
    }
  }
  // Check the URL with the placeholders filled in, as it will be used.
  let parsed: URL;
  try {
    parsed = new URL(url.replace(PLACEHOLDER, 'x'));
  } catch {
    return fail(field, `"${url}" is not an absolute URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') fail(field, 'links must be http(s) URLs');
  return url;
}

function usesOnlyTraceId(url: string): boolean {
  const names = [...url.matchAll(PLACEHOLDER)].map((m) => m[1]);
  return names.every((n) => n === 'traceId');
}
