// Test helper: a fake `fetch` answering from a route table, recording every request.
// (Used by the adapter tests only; lives beside them so they need no network.)
export interface FakeAnswer {
  readonly status?: number;
  /** A string is sent as is; anything else as JSON. */
  readonly body?: unknown;
}

export interface RecordedRequest {
  readonly url: string;
  readonly headers: Record<string, string>;
}

export type Route = (url: URL) => FakeAnswer | undefined;

/** Routes are tried in order; the first answer wins; no answer = 599 "no fake route". */
export function fakeFetch(routes: readonly Route[]) {
  const requests: RecordedRequest[] = [];
  const fn = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((v, k) => (headers[k] = v));
    requests.push({ url, headers });
    if (init?.signal?.aborted) throw init.signal.reason;
    for (const route of routes) {
      const answer = route(new URL(url));
      if (!answer) continue;
      const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? null);
      return new Response(body, { status: answer.status ?? 200, headers: { 'Content-Type': 'text/plain' } });
    }
    return new Response(`no fake route for ${url}`, { status: 599 });
  };
  return { fetch: fn, requests };
}

/** A route matching a path exactly (and optionally some query params). */
export const on =
  (path: string, answer: FakeAnswer, params: Record<string, string> = {}): Route =>
  (url) => {
    if (url.pathname !== path) return undefined;
    for (const [k, v] of Object.entries(params)) if (url.searchParams.get(k) !== v) return undefined;
    return answer;
  };
