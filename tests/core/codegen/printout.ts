/**
 * Reads what the exported code prints (one line per layer: name, shape, parameters; then the
 * total) and compares it with core's analysis of the same network.
 */
import { expect } from 'vitest';
import type { Analysis } from '../../../src/core/analyze';
import { formatInt } from '../../../src/core/format';

export interface PrintedRow {
  readonly name: string;
  readonly shape: readonly number[];
  readonly params: number;
}

/** Parses `conv1  (1, 96, 55, 55)  34,944` or `conv1  [1,55,55,96]  34,944` lines. */
export function parsePrintout(text: string): { rows: PrintedRow[]; total: number } {
  const rows: PrintedRow[] = [];
  let total = NaN;
  for (const line of text.split('\n')) {
    const t = /^total parameters: ([\d,]+)$/.exec(line.trim());
    if (t) total = Number(t[1]?.replace(/,/g, ''));
    const m = /^(\w+)\s+[([]([\d, ]+)[)\]]\s+([\d,]+)$/.exec(line.trim());
    if (m) {
      rows.push({
        name: m[1] ?? '',
        shape: (m[2] ?? '')
          .split(',')
          .filter((s) => s.trim() !== '')
          .map(Number),
        params: Number(m[3]?.replace(/,/g, '')),
      });
    }
  }
  return { rows, total };
}

/** Every layer of the analysis must be printed with its shape and parameter count, and the total must match. */
export function expectMatches(printed: ReturnType<typeof parsePrintout>, analysis: Analysis, layout: 'chw' | 'hwc') {
  const byName = new Map(printed.rows.map((r) => [r.name, r]));
  for (const info of analysis.layers) {
    const row = byName.get(info.layer.id);
    expect(row, `layer ${info.layer.id} printed`).toBeDefined();
    const s = info.outputShape;
    const expected =
      s.kind === 'vector' ? [1, s.length] : layout === 'chw' ? [1, s.hwc[2], s.hwc[0], s.hwc[1]] : [1, ...s.hwc];
    expect(row?.shape, `shape of ${info.layer.id}`).toEqual(expected);
    expect(row?.params, `parameters of ${info.layer.id}`).toBe(info.params.total);
  }
  expect(formatInt(printed.total)).toBe(formatInt(analysis.totals.params));
  // Only extra helper rows (padding before a conv or a ceil pool) may be printed beyond the spec's layers.
  const extra = printed.rows.filter((r) => !analysis.layers.some((l) => l.layer.id === r.name));
  for (const r of extra) {
    expect(r.name).toMatch(/_(pad|ceil)$/);
    expect(r.params).toBe(0);
  }
}
