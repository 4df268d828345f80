// The one place where adapters touch the network. Every request has a timeout and the
// caller's AbortSignal; every failure becomes a SourceError with a message for people and
// a hint on what to try (ADR 0006). Bodies are read as text first, then parsed.
import { nextPaint } from '../../lib/next-paint';
import { DecodeError } from '../../model/span-input';
import type { OnLoadProgress } from '../contract';
import { SourceError } from '../source-error';
import { readableErrorBody } from './error-body';
import { BodyBytes } from './body-bytes';
import { readBodyPieces, readBodyText } from './read-body';
import type { FullSpan, TextSkeleton } from './skeleton-build';
import { isCrossOrigin, queryString, type QueryParams } from './url';
import { markLoadPhase } from '../../lib/load-marks';

export const DEFAULT_TIMEOUT_MS = 30_000;
/** How much of an error body is kept in SourceError.details.body. */
const MAX_BODY = 2000;

export interface RequestOptions {
  /** Query parameters appended to `url` (in order; undefined values left out). */
  readonly params?: QueryParams;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
  /** Per-request timeout; DEFAULT_TIMEOUT_MS when absent. */
  readonly timeoutMs?: number;
  /** Hears how much of the body has arrived, and when a big body goes to the decoder. */
  readonly onProgress?: OnLoadProgress;
  /** Reads the body's bytes while they arrive (with onProgress only), and may stand in for JSON.parse. */
  readonly watchBody?: BodyWatcher;
}

/** Something that reads an answer's bytes on their way in (a big trace's preview). */
export interface BodyWatcher {
  /** The body starts to arrive (the answer's headers are in); its length when they say it. */
  begin(totalBytes: number | null): void;
  /**
   * The next piece of the bytes, in order, while the rest downloads (`last`: the final one).
   * The watcher may keep it: the reader fills a new block.
   */
  feed(piece: Uint8Array, last: boolean): void;
  /**
   * The whole body, before fetchJson parses it. A skeleton read from it (its spans reduced to
   * their places, each parsed from its own text when asked) takes the place of JSON.parse.
   */
  beforeParse(body: BodyBytes): Promise<TextSkeleton | undefined>;
}

/** An answer's JSON: parsed, or a skeleton with a way to each span's full object. */
export interface ParsedBody {
  readonly json: unknown;
  /** Present for a skeleton: what decoders read its spans through. */
  readonly fullSpan?: FullSpan;
}

export interface BodyResponse {
  readonly url: string;
  /** Text; bytes not decoded yet when a `watchBody` read them. */
  readonly body: string | BodyBytes;
}

/** GET `url` and return its body; any failure or non-2xx status throws SourceError. */
async function fetchBody(baseUrl: string, options: RequestOptions = {}): Promise<BodyResponse> {
  const { signal, headers = {}, timeoutMs = DEFAULT_TIMEOUT_MS, params, onProgress, watchBody } = options;
  const query = params ? queryString(params) : '';
  const url = query && baseUrl.includes('?') ? `${baseUrl}&${query.slice(1)}` : baseUrl + query;
  if (signal?.aborted) throw abortedError(url);
  const timeout = new AbortController();
  const combined = new AbortController();
  const onCallerAbort = (): void => combined.abort(signal?.reason);
  signal?.addEventListener('abort', onCallerAbort, { once: true });
  const timer = setTimeout(() => {
    timeout.abort();
    combined.abort(new DOMException('timeout', 'TimeoutError'));
  }, timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { method: 'GET', headers: { ...headers }, signal: combined.signal });
    } catch (e) {
      throw networkError(url, e, signal, timeout.signal, timeoutMs);
    }
    let body: string | BodyBytes;
    try {
      body = onProgress && response.ok ? await readCounting(response, onProgress, watchBody) : await response.text();
    } catch (e) {
      throw networkError(url, e, signal, timeout.signal, timeoutMs);
    }
    // Not ok: read by response.text() above, so text.
    if (!response.ok) throw statusError(url, response.status, response.statusText, body as string);
    return { url, body };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}

/** Bodies at least this big are announced as "decoding", with a paint before the work starts. */
const ANNOUNCE_DECODING_BYTES = 4e6;
const PROGRESS_INTERVAL_MS = 100;

/**
 * The body, telling `onProgress` how much has arrived: 10 times a second at most, and the
 * latest count at most 100 ms late, so a download that stalls shows what it has. As text, or,
 * with a `watchBody`, as the bytes it was fed.
 */
async function readCounting(response: Response, onProgress: OnLoadProgress, watchBody?: BodyWatcher): Promise<string | BodyBytes> {
  if (!response.body) return response.text();
  // A compressed body's Content-Length counts compressed bytes: no total then.
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  const totalBytes = encoded ? null : Number(response.headers.get('content-length')) || null;
  let last = -Infinity;
  let bytes = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    pending = undefined;
    last = performance.now();
    onProgress({ phase: 'downloading', bytes, totalBytes: totalBytes !== null && totalBytes >= bytes ? totalBytes : null });
  };
  const counting = (soFar: number): void => {
    bytes = soFar;
    const wait = last + PROGRESS_INTERVAL_MS - performance.now();
    if (wait <= 0) report();
    else pending ??= setTimeout(report, wait);
  };
  let body: string | BodyBytes;
  try {
    if (watchBody) {
      watchBody.begin(totalBytes);
      const pieces: Uint8Array[] = [];
      await readBodyPieces(response.body, totalBytes, counting, (piece, last) => {
        pieces.push(piece);
        watchBody.feed(piece, last);
      });
      body = new BodyBytes(pieces);
    } else {
      body = await readBodyText(response.body, totalBytes, counting);
    }
  } finally {
    clearTimeout(pending);
  }
  markLoadPhase('body-read');
  if (bytes >= ANNOUNCE_DECODING_BYTES) {
    // Decoding a big trace holds the page for a moment: say so on screen first.
    onProgress({ phase: 'decoding', bytes });
    await nextPaint();
  }
  return body;
}

/**
 * GET `url` and parse its body as JSON; a body that is not JSON is a 'bad-payload'. With a
 * `watchBody` that read the body as a skeleton, the whole body is never parsed at once: a big
 * trace's spans are parsed one by one as they are decoded, and their objects die young
 * instead of ~150 MB of parsed answer waiting in the old generation for a major GC.
 */
export async function fetchJson(baseUrl: string, options: RequestOptions = {}): Promise<ParsedBody> {
  const { url, body } = await fetchBody(baseUrl, options);
  if (typeof body === 'string') return { json: parseJsonBody(url, body) };
  const skeleton = await options.watchBody?.beforeParse(body);
  if (skeleton === undefined) return { json: parseJsonBody(url, body.text()) };
  return {
    json: skeleton.json,
    fullSpan: (item) => {
      try {
        return skeleton.fullSpan(item);
      } catch (e) {
        // A span that is not JSON: the answer is not either; say it as a whole parse would.
        parseJsonBody(url, body.text());
        throw e;
      }
    },
  };
}

export function parseJsonBody(url: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const snippet = text.trim().slice(0, 200);
    throw new SourceError('bad-payload', `The answer from ${url} is unreadable: it is not JSON (${(e as Error).message}).`, {
      url,
      body: snippet,
      hint: snippet.startsWith('<')
        ? 'An HTML page came back: the source URL probably points at a web page or UI, not at the API.'
        : 'Check that the source URL points at the backend API.',
    });
  }
}

/**
 * Runs a decoder on a response; a DecodeError (or anything else it throws) becomes a
 * 'bad-payload' SourceError that keeps the decoder's path.
 */
export function decodeOrFail<T>(url: string, what: string, decode: () => T): T {
  try {
    return decode();
  } catch (e) {
    if (e instanceof SourceError) throw e;
    const path = e instanceof DecodeError && e.path ? e.path : undefined;
    const message = e instanceof Error ? e.message : String(e);
    throw new SourceError('bad-payload', `The answer from ${url} is unreadable (${what}): ${message}`, {
      url,
      hint: 'The backend answered with data this app cannot read. Check the source type in config.json.',
      ...(path ? { path } : {}),
    });
  }
}

function abortedError(url: string): SourceError {
  return new SourceError('aborted', `Request to ${url} was cancelled.`, { url });
}

function networkError(
  url: string,
  cause: unknown,
  caller: AbortSignal | undefined,
  timeout: AbortSignal,
  timeoutMs: number,
): SourceError {
  if (caller?.aborted) return abortedError(url);
  if (timeout.aborted) {
    return new SourceError('timeout', `No answer from ${url} within ${formatSeconds(timeoutMs)}.`, {
      url,
      hint: 'The backend is slow or overloaded. Narrow the search (shorter time range, a service) or raise timeoutMs for this source in config.json.',
    });
  }
  const detail = cause instanceof Error && cause.message ? ` (${cause.message})` : '';
  if (isCrossOrigin(url)) {
    return new SourceError(
      'cors',
      `The browser blocked the request to ${url}${detail}, or nothing answered. It is on another origin, so this is probably CORS.`,
      {
        url,
        hint: `Use the same-origin proxy: run \`npm start\` with JAEGER_URL=…, TEMPO_URL=… or ZIPKIN_URL=… and the source URL backends/<id>; or allow this page's origin in the backend's CORS config (Tempo has none; Zipkin allows only the Content-Type header).`,
      },
    );
  }
  return new SourceError('unreachable', `${url} could not be reached: nothing answered${detail}.`, {
    url,
    hint: `Is the backend running at ${url}? Check the source URL in config.json (or the *_URL variable given to npm start).`,
  });
}

function statusError(url: string, status: number, statusText: string, text: string): SourceError {
  const readable = readableErrorBody(text);
  const said = readable ? `: ${readable}` : statusText ? ` (${statusText})` : '';
  // The raw text stays in `body` (adapters recognise e.g. Jaeger's v3 envelope by it).
  const raw = text.trim().slice(0, MAX_BODY);
  const details = { url, status, ...(raw ? { body: raw } : {}) };
  if (status === 401) {
    return new SourceError('unauthorized', `The backend needs authentication (HTTP 401)${said}`, {
      ...details,
      hint: 'Tenant or auth needed: set the source\'s headers in config.json (Authorization, Jaeger\'s x-tenant) or, for Tempo, its tenant (sent as X-Scope-OrgID).',
    });
  }
  if (status === 403) {
    return new SourceError('forbidden', `The backend refused access (HTTP 403)${said}`, {
      ...details,
      hint: 'The credentials or tenant in the source\'s headers are not allowed to read this data.',
    });
  }
  if (status === 404) {
    return new SourceError('not-found', `Not found (404) at ${url}${said}`, {
      ...details,
      hint: 'Check the source URL and base path in config.json (Jaeger base_path, Tempo http_api_prefix).',
    });
  }
  if (status >= 400 && status < 500) {
    return new SourceError('bad-request', `The backend rejected the request (HTTP ${status})${said}`, {
      ...details,
      hint: 'Check the search fields (durations, time range, limit, attribute syntax).',
    });
  }
  return new SourceError('server', `The backend failed (HTTP ${status})${said}`, {
    ...details,
    hint:
      status === 501
        ? 'The backend does not implement this (for Jaeger metrics: no metrics storage configured).'
        : 'This is a problem on the backend side (storage down or overloaded); its message is shown above.',
  });
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
