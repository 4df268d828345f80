import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../model/span-input';
import { hostilePayloads, HOSTILE_STRINGS } from '../conformance/arbitraries';
import { fixtureText, listFixtureFiles } from '../conformance/fixture-files';
import { JAEGER_SEEDS, OTLP_SEEDS, ZIPKIN_SEEDS } from '../conformance/seed-payloads';
import { decodeFile } from './decode-file';

// Real payloads join the seeds when ../shared/fixtures is present (small ones: speed).
const REAL_TEXTS = listFixtureFiles()
  .filter((f) => !/\.(proto|yaml|md)$/.test(f))
  .map((f) => fixtureText(f)!)
  .filter((t) => t.length < 40_000);
const REAL_JSON = REAL_TEXTS.flatMap((t) => {
  try {
    return [JSON.parse(t) as unknown];
  } catch {
    return []; // JSON Lines
  }
});

const SEEDS = [...JAEGER_SEEDS, ...ZIPKIN_SEEDS, ...OTLP_SEEDS, ...REAL_JSON];

/** Valid-looking text: a damaged payload serialized, sometimes as JSON Lines. */
const payloadText = fc.oneof(
  hostilePayloads(SEEDS).map((v) => JSON.stringify(v) ?? 'undefined'),
  fc.array(hostilePayloads(OTLP_SEEDS), { minLength: 2, maxLength: 4 }).map((vs) => vs.map((v) => JSON.stringify(v) ?? '').join('\n')),
);

/** Text damage: cut, insert, or splice in hostile bits, anywhere. */
const damagedText = fc
  .tuple(
    fc.oneof(payloadText, fc.constantFrom(...(REAL_TEXTS.length ? REAL_TEXTS : ['[]']))),
    fc.nat(),
    fc.nat({ max: 20 }),
    fc.oneof(fc.constantFrom('', '{', '}', '[', ']', ',', '"', '\n', '\\', '\u0000', '\ufeff', ...HOSTILE_STRINGS), fc.string({ maxLength: 8 })),
  )
  .map(([text, at, cut, insert]) => {
    const i = text.length === 0 ? 0 : at % (text.length + 1);
    return text.slice(0, i) + insert + text.slice(i + cut);
  });

describe('decodeFile on damaged and random files', () => {
  it('returns traces or throws a DecodeError, nothing else (10,000 cases)', () => {
    fc.assert(
      fc.property(fc.oneof({ arbitrary: payloadText, weight: 4 }, { arbitrary: damagedText, weight: 4 }, { arbitrary: fc.string(), weight: 1 }), (text) => {
        try {
          const file = decodeFile(text, 'f.json');
          expect(Array.isArray(file.traces)).toBe(true);
        } catch (error) {
          if (!(error instanceof DecodeError)) throw error;
          expect(error.message.startsWith('f.json: ')).toBe(true);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
