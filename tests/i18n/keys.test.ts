/** Every string key exists in both languages, and no value is left empty. */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/content';
import { zh } from '../../src/content/zh';

function leaves(obj: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (obj && typeof obj === 'object') {
    for (const [k, v] of Object.entries(obj)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (v && typeof v === 'object') for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
      else out.set(key, v);
    }
  }
  return out;
}

describe('i18n resources', () => {
  const enLeaves = leaves(en);
  const zhLeaves = leaves(zh);
  it('have the same keys in English and Chinese', () => {
    const missingInZh = [...enLeaves.keys()].filter((k) => !zhLeaves.has(k));
    const missingInEn = [...zhLeaves.keys()].filter((k) => !enLeaves.has(k));
    expect({ missingInZh, missingInEn }).toEqual({ missingInZh: [], missingInEn: [] });
  });
  it('have no empty strings', () => {
    for (const [lang, map] of [
      ['en', enLeaves],
      ['zh', zhLeaves],
    ] as const) {
      const empty = [...map].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
      expect({ lang, empty }).toEqual({ lang, empty: [] });
    }
  });
  it('use the same {{placeholders}} in both languages', () => {
    const vars = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const mismatched = [...enLeaves]
      .filter(([k, v]) => vars(v).join() !== vars(zhLeaves.get(k)).join())
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });
});
