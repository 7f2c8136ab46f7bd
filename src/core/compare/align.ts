/**
 * Lines up two analysed networks by role. Roles are layer ids, which follow Caffe's names in
 * every variant (conv1 … conv5, pool1, fc6 … fc8), so the paper's norm1 lands between relu1
 * and pool1 with nothing opposite it in the seed variant. The order is the longest common
 * subsequence of the two id lists, with the unmatched layers of each side kept in place.
 */
import type { Analysis, LayerInfo } from '../analyze';

/** One row of the side-by-side table; a side is absent where that network has no such layer. */
export interface AlignedRow {
  readonly id: string;
  readonly left?: LayerInfo;
  readonly right?: LayerInfo;
}

/** Aligns `a` (left) and `b` (right). */
export function alignLayers(a: Analysis, b: Analysis): AlignedRow[] {
  const x = a.layers;
  const y = b.layers;
  // lcs[i][j]: length of the longest common id subsequence of x[i:] and y[j:].
  const lcs = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      const row = lcs[i] ?? [];
      row[j] =
        x[i]?.layer.id === y[j]?.layer.id
          ? (lcs[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const rows: AlignedRow[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    const l = x[i];
    const r = y[j];
    if (l && r && l.layer.id === r.layer.id) {
      rows.push({ id: l.layer.id, left: l, right: r });
      i++;
      j++;
    } else if (l && (!r || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) {
      rows.push({ id: l.layer.id, left: l });
      i++;
    } else if (r) {
      rows.push({ id: r.layer.id, right: r });
      j++;
    }
  }
  return rows;
}
