import { describe, expect, it } from 'vitest';
import { serviceColor } from './service-color';

describe('serviceColor', () => {
  it('is stable for a name', () => {
    expect(serviceColor('frontend')).toBe(serviceColor('frontend'));
    expect(serviceColor('')).toMatch(/^#[0-9a-f]{6}$/);
  });
  it('spreads common service names over several colors', () => {
    const names = ['frontend', 'gateway', 'auth', 'users', 'db', 'checkout', 'payment', 'inventory'];
    expect(new Set(names.map(serviceColor)).size).toBeGreaterThanOrEqual(5);
  });
});
