/**
 * Typed failures of a source request. Every kind has a message for people and a hint on
 * what to try, so the UI can explain a problem instead of blanking.
 */
export type SourceErrorKind =
  | 'unreachable' // network error, nothing answered
  | 'cors' // network error on a cross-origin request: probably refused by CORS
  | 'timeout'
  | 'aborted'
  | 'unauthorized' // 401
  | 'forbidden' // 403
  | 'not-found' // 404
  | 'bad-request' // other 4xx
  | 'server' // 5xx
  | 'bad-payload'; // the body could not be decoded

export class SourceError extends Error {
  constructor(
    readonly kind: SourceErrorKind,
    message: string,
    readonly details: {
      readonly url?: string;
      readonly status?: number;
      /** The response body's text (trimmed), shown as text, never as markup. */
      readonly body?: string;
      readonly hint?: string;
      /** For 'bad-payload': where in the payload decoding failed (DecodeError.path). */
      readonly path?: string;
    } = {},
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

export const isSourceError = (e: unknown): e is SourceError => e instanceof SourceError;
