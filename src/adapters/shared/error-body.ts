// Backends describe failures in their bodies, each in its own way and none with a JSON
// content type: Jaeger's internal API `{"errors":[{"code","msg"}]}`, Jaeger /api/v3
// `{"error":{"httpCode","message"}}`, Tempo and Zipkin plain text. This turns any of them
// into one readable line.

const MAX_LENGTH = 500;

/** The readable message of an error body, or '' when the body says nothing. */
export function readableErrorBody(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const fromJson = messageFromJson(trimmed);
  return clip((fromJson ?? trimmed).replace(/\s+/g, ' ').trim());
}

function messageFromJson(text: string): string | null {
  if (!text.startsWith('{') && !text.startsWith('[')) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(json)) return null;
  // Jaeger /api: {data, errors: [{code, msg}]}
  if (Array.isArray(json.errors)) {
    const msgs = json.errors
      .map((e) => (isRecord(e) ? (e.msg ?? e.message) : e))
      .filter((m): m is string => typeof m === 'string' && m !== '');
    if (msgs.length) return msgs.join('; ');
  }
  // Jaeger /api/v3 (grpc-gateway): {error: {httpCode, message}}; others: {error: "..."}
  const err = json.error;
  if (isRecord(err) && typeof err.message === 'string' && err.message !== '') return err.message;
  if (typeof err === 'string' && err !== '') return err;
  if (typeof json.message === 'string' && json.message !== '') return json.message;
  if (typeof json.msg === 'string' && json.msg !== '') return json.msg;
  return null;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function clip(s: string): string {
  return s.length > MAX_LENGTH ? `${s.slice(0, MAX_LENGTH)}…` : s;
}
