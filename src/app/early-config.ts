/** The config.json request index.html's inline script started before any asset loaded. */
export interface EarlyConfigRequest {
  readonly url: string;
  readonly response: Promise<Response>;
}

export interface EarlyConfigHolder {
  __tracescopeEarlyConfig?: EarlyConfigRequest | undefined;
}

/**
 * index.html's request for `url`, taken once: a second load (a test, a retry) asks the
 * server again instead of reusing an old answer. Undefined when there is none for that URL.
 */
export function takeEarlyConfigRequest(
  url: string,
  holder: EarlyConfigHolder = globalThis as unknown as EarlyConfigHolder,
): Promise<Response> | undefined {
  const early = holder.__tracescopeEarlyConfig;
  if (early === undefined) return undefined;
  holder.__tracescopeEarlyConfig = undefined;
  return early.url === url ? early.response : undefined;
}
