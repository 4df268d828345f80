import { describe, expect, it } from 'vitest';
import { loadRecent, MAX_RECENT, rememberQuery, type KeyValueStorage } from './recent-queries';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('recent queries', () => {
  it('keeps the last ten per source, newest first, each once', () => {
    const s = memoryStorage();
    for (let i = 0; i < 12; i++) rememberQuery(s, 'demo', `service=s${i}`);
    rememberQuery(s, 'demo', 'service=s5');
    rememberQuery(s, 'demo', '   ');
    rememberQuery(s, 'jaeger', 'service=j');
    const demo = loadRecent(s, 'demo');
    expect(demo).toHaveLength(MAX_RECENT);
    expect(demo[0]).toBe('service=s5');
    expect(demo[1]).toBe('service=s11');
    expect(demo.filter((q) => q === 'service=s5')).toHaveLength(1);
    expect(demo).not.toContain('service=s0');
    expect(loadRecent(s, 'jaeger')).toEqual(['service=j']);
  });

  it('survives junk in storage and a storage that refuses writes', () => {
    const s = memoryStorage();
    s.data.set('tracescope.recent-queries.demo', '{not json');
    expect(loadRecent(s, 'demo')).toEqual([]);
    s.data.set('tracescope.recent-queries.demo', JSON.stringify(['a=1', 42, '', null]));
    expect(loadRecent(s, 'demo')).toEqual(['a=1']);
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(rememberQuery(full, 'demo', 'x=1')).toEqual(['x=1']);
  });
});
