import { describe, expect, it } from 'vitest';
import { readableErrorBody } from './error-body';

describe('readableErrorBody', () => {
  it('reads Jaeger internal API envelopes', () => {
    const body = '{"data":null,"total":0,"limit":0,"offset":0,"errors":[{"code":404,"msg":"trace not found"}]}';
    expect(readableErrorBody(body)).toBe('trace not found');
    expect(readableErrorBody('{"errors":[{"code":400,"msg":"a"},{"code":400,"msg":"b"}]}')).toBe('a; b');
  });

  it('reads Jaeger /api/v3 envelopes', () => {
    expect(readableErrorBody('{"error":{"httpCode":404,"message":"No traces found"}}\n')).toBe('No traces found');
  });

  it('keeps plain text (Tempo, Zipkin), squeezing whitespace and clipping', () => {
    expect(readableErrorBody('invalid start: strconv.ParseInt: parsing "x"\n')).toBe('invalid start: strconv.ParseInt: parsing "x"');
    expect(readableErrorBody('  \n ')).toBe('');
    expect(readableErrorBody('x'.repeat(600))).toHaveLength(501);
  });

  it('falls back to the text for JSON it does not know and for broken JSON', () => {
    expect(readableErrorBody('{"foo":1}')).toBe('{"foo":1}');
    expect(readableErrorBody('{"error":')).toBe('{"error":');
  });
});
