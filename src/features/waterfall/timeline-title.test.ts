import { describe, expect, it } from 'vitest';
import { barTitle, timelineTitle } from './timeline-title';
import { timelineSpan } from './timeline-test-span';

const FULL = { startUs: 0, durationUs: 1000 };

describe('timeline tooltips', () => {
  it('names the span, its duration and where it starts in the window', () => {
    expect(barTitle(timelineSpan(100, 300, { service: 'cart', name: 'GET /cart' }), FULL)).toBe('cart · GET /cart\n200µs at +100µs');
    // Zoomed past its start: it starts before the window.
    expect(barTitle(timelineSpan(100, 300), { startUs: 200, durationUs: 500 })).toBe('svc · op\n200µs at −100µs');
  });

  it('says an error, and a span outside the zoom window', () => {
    const failed = timelineSpan(100, 300, { status: { code: 'error' } });
    expect(barTitle(failed, FULL)).toBe('svc · op\n200µs at +100µs\nerror');
    expect(barTitle(timelineSpan(0, 100), { startUs: 500, durationUs: 100 })).toContain('\nOutside the zoom window (before)');
    expect(barTitle(timelineSpan(800, 900), { startUs: 0, durationUs: 100 })).toContain('\nOutside the zoom window (after)');
  });

  it('names the event tick under the pointer, the nearest when ticks crowd, else the bar', () => {
    const events = [
      { name: 'retry', timeUs: 200, attributes: [] },
      { name: 'cache miss', timeUs: 203, attributes: [] },
    ];
    const span = timelineSpan(100, 300, { events });
    expect(timelineTitle(span, FULL, 201, 1000)).toBe('retry @ +100µs');
    expect(timelineTitle(span, FULL, 202, 1000)).toBe('cache miss @ +103µs');
    expect(timelineTitle(span, FULL, 150, 1000)).toBe('svc · op\n200µs at +100µs');
  });
});
