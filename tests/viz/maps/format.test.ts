import { describe, expect, it } from 'vitest';
import { formatPercent, formatValue } from '../../../src/viz/maps/format';

describe('value formatting', () => {
  it('uses four decimals, the typographic minus and no negative zero', () => {
    expect(formatValue(0.123456)).toBe('0.1235');
    expect(formatValue(-2)).toBe('−2.0000');
    expect(formatValue(-0.00001)).toBe('0.0000');
    expect(formatValue(1234.5)).toBe('1234.50');
    expect(formatValue(Number.NaN)).toBe('NaN');
    expect(formatPercent(0.8123)).toBe('81.23%');
  });
});
