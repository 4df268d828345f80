import { describe, expect, it } from 'vitest';
import { parseDuration } from './duration-text';

describe('parseDuration', () => {
  it.each([
    ['100ms', 100_000],
    ['1.5s', 1_500_000],
    ['250us', 250],
    ['250µs', 250],
    ['2m', 120_000_000],
    ['1h', 3_600_000_000],
    ['1m30s', 90_000_000],
    [' 20 ms ', 20_000],
    ['15', 15_000],
    ['500ns', 0.5],
  ])('%s → %d µs', (text, us) => {
    expect(parseDuration(text)).toBe(us);
  });

  it.each(['', 'fast', '10 parsecs', '1.2.3s', 'ms', '-5ms', '5ms!'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});
