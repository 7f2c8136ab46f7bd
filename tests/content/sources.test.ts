/**
 * Citations: every factual key of the teaching text has a source, every citation points at a
 * key that exists in both languages and at a work the sources panel can write out in full.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/content';
import { zh } from '../../src/content/zh';
import { citations, isLocalRef, references } from '../../src/content/sources';

function leaves(obj: unknown, prefix: string): [string, string][] {
  if (typeof obj === 'string') return [[prefix, obj]];
  if (!obj || typeof obj !== 'object') return [];
  return Object.entries(obj).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

const enLeaves = leaves(en, '');
const zhKeys = new Set(leaves(zh, '').map(([k]) => k));
/** Keys that state facts by construction: every one needs a source. */
const factPrefixes = ['walk.layer.', 'walk.role.', 'walk.zfnet.', 'pipeline.', 'variant.source.'];
/** Under the fact prefixes, these are headings and titles, not claims. */
const notClaims = /\.(title|heading|label)$/;
const withoutPlaceholders = (s: string) => s.replace(/\{\{\w+\}\}/g, '');

describe('citations', () => {
  it('cover every key under the fact prefixes', () => {
    const missing = enLeaves
      .map(([k]) => k)
      .filter((k) => factPrefixes.some((p) => k.startsWith(p)) && !notClaims.test(k))
      .filter((k) => !Object.hasOwn(citations, k));
    expect(missing).toEqual([]);
  });

  it('cover every other string that cites a paper, a section or a measured percentage', () => {
    const claims = /\bpaper\b|§|\d\s?%|\bTable \d|\bFigure \d/;
    const missing = enLeaves
      .filter(([k, s]) => claims.test(withoutPlaceholders(s)) && !k.startsWith('sources.') && !notClaims.test(k))
      .map(([k]) => k)
      .filter((k) => !Object.hasOwn(citations, k));
    expect(missing).toEqual([]);
  });

  it('point only at keys that exist in both languages', () => {
    const enKeys = new Set(enLeaves.map(([k]) => k));
    const stale = Object.keys(citations).filter((k) => !enKeys.has(k) || !zhKeys.has(k));
    expect(stale).toEqual([]);
  });

  it('name works the sources panel can write out in full', () => {
    for (const list of Object.values(citations)) {
      expect(list.length).toBeGreaterThan(0);
      for (const c of list) {
        if (isLocalRef(c.ref)) {
          expect(String((en.sources.full as Record<string, string>)[c.ref])).not.toBe('');
        } else {
          expect(references[c.ref].length).toBeGreaterThan(20);
        }
      }
    }
  });

  it('fail on an uncited fact key (the check is not vacuous)', () => {
    const keys = enLeaves.map(([k]) => k).filter((k) => k.startsWith('walk.layer.'));
    expect(keys.length).toBeGreaterThan(40);
  });
});
