/** Breaking long arithmetic at its top-level "=" signs (Formula's aligned form). */
import { describe, expect, it } from 'vitest';
import { alignedTex, splitAtEquals } from '../../src/components/walk/formulaLines';

describe('splitAtEquals', () => {
  it('splits conv1’s output size at each top-level =, not inside \\frac', () => {
    const tex = '\\frac{227 - 11 + 2 \\cdot 0}{4} + 1 = \\frac{216}{4} + 1 = 54 + 1 = 55';
    expect(splitAtEquals(tex)).toEqual(['\\frac{227 - 11 + 2 \\cdot 0}{4} + 1', '\\frac{216}{4} + 1', '54 + 1', '55']);
  });
  it('leaves = inside braces and \\left…\\right alone', () => {
    expect(splitAtEquals('a_{i=1} = \\left( b = c \\right) = d')).toEqual(['a_{i=1}', '\\left( b = c \\right)', 'd']);
  });
});

describe('alignedTex', () => {
  it('lines the equals signs up, one step a line', () => {
    expect(alignedTex('a = b = c')).toBe('\\begin{aligned}a &= b \\\\ &= c\\end{aligned}');
  });
  it('has nothing to break without a top-level =', () => {
    expect(alignedTex('\\frac{a=b}{2}')).toBeNull();
  });
});
