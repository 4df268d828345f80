/** The shape of public/config.json, fetched at start-up by a relative URL. */
export type SourceType = 'jaeger' | 'tempo' | 'zipkin' | 'demo';

export interface SourceConfig {
  readonly id: string;
  readonly name: string;
  readonly type: SourceType;
  /** Base URL, absolute or relative to the app (e.g. `backends/jaeger`). Not used by demo. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Tempo tenant, sent as X-Scope-OrgID. */
  readonly tenant?: string;
  /** Per-request timeout in ms. */
  readonly timeoutMs: number;
}

export interface LinkTemplate {
  readonly name: string;
  /** http(s) URL with `{traceId}`, `{spanId}`, `{service}`, `{attr:key}` placeholders. */
  readonly url: string;
  /** Where it applies: trace header or span details. */
  readonly scope: 'trace' | 'span';
}

export interface AppConfig {
  readonly sources: readonly SourceConfig[];
  readonly defaultSource: string;
  readonly linkTemplates: readonly LinkTemplate[];
  /** `hash` for static hosts without rewrite rules. */
  readonly routing: 'history' | 'hash';
}

export class ConfigError extends Error {
  constructor(
    /** Where in config.json, e.g. `sources[1].type`. */
    readonly field: string,
    message: string,
  ) {
    super(`config.json: ${field}: ${message}`);
    this.name = 'ConfigError';
  }
}
