import { describe, expect, it } from 'vitest';
import { micros } from '../lib/units';
import { summarizeTrace } from '../model/summarize';
import { parseQuery } from '../query-lang/parse';
import { compileSearch } from './compile-query';
import { FIXTURES_MISSING_MESSAGE, FIXTURES_PRESENT, fixtureText } from './conformance/fixture-files';
import { decodeFile } from './file/decode-file';
import { finishSearch } from './finish-search';

// The browser side of a search on real payloads (../shared/fixtures): each file stands in
// for a backend's answer, and the query's browser part must keep exactly the right traces.
const FILES = ['zipkin/messaging-kafka.json', 'zipkin/yelp.json', 'tempo/trace-with-failed-requests.json', 'jaeger/ui_01.json'];

function answer() {
  const traces = FILES.flatMap((f) => decodeFile(fixtureText(f) ?? '', f).traces);
  return { summaries: traces.map(summarizeTrace), notes: [] };
}

const base = { startUs: micros(0), endUs: micros(1), limit: 50 };
const keptIds = (type: 'zipkin' | 'jaeger', q: string) => {
  const a = answer();
  const finished = finishSearch(type, compileSearch(type, parseQuery(q), base), a);
  const byId = new Map(a.summaries.map((s) => [s.traceId, s]));
  return finished.summaries.map((s) => byId.get(s.traceId)!.rootService);
};

describe.skipIf(!FIXTURES_PRESENT)('finishSearch on real payloads', () => {
  it('keeps the Kafka trace for a producer span on a topic (kind and regex run in the browser)', () => {
    expect(keptIds('zipkin', 'service=servicea kind=producer kafka.topic=~"^central\\."')).toEqual(['servicea']);
    expect(keptIds('zipkin', 'service=servicea kind=producer kafka.topic=~"^nope"')).toEqual([]);
  });

  it('finds failing spans of a service, including the Zipkin `error` tag with an empty value', () => {
    const a = answer();
    const all = a.summaries.length;
    const failing = keptIds('zipkin', 'error');
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.length).toBeLessThan(all);
    expect(keptIds('zipkin', 'service=serviceb error')).toEqual(['servicea']);
  });

  it('compares durations against the trace, not the span', () => {
    const a = answer();
    const longest = Math.max(...a.summaries.map((s) => s.durationUs));
    expect(keptIds('jaeger', `service=servicea duration>=${Math.floor(longest)}us`).length).toBeLessThanOrEqual(1);
    expect(keptIds('jaeger', 'service=servicea span.duration>100ms')).toEqual(['servicea']);
  });
});

// Without ../shared the suite says why it did not run; with it, there is nothing to skip.
if (!FIXTURES_PRESENT) {
  describe('finishSearch on real payloads', () => {
    it.skip(FIXTURES_MISSING_MESSAGE, () => {});
  });
}
