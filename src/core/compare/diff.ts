/**
 * What differs between two aligned networks: which cells of each row changed, the parameter
 * and MAC differences per layer and in total with their ratios, and a short summary that
 * groups layers changed the same way ("conv2, conv4, conv5 grouped: −1,413,120 parameters").
 */
import type { Analysis, LayerInfo } from '../analyze';
import { type LayerSpec, formatShape } from '../spec';
import { type AlignedRow, alignLayers } from './align';

/** Columns a row can differ in. */
export type Cell = 'kind' | 'settings' | 'output' | 'params' | 'macs';

export interface RowDiff extends AlignedRow {
  readonly changed: ReadonlySet<Cell>;
  /** right − left (a missing side counts as 0). */
  readonly paramDelta: number;
  readonly macDelta: number;
  /** right / left, undefined when left is 0. */
  readonly paramRatio?: number;
  readonly macRatio?: number;
}

/** One hyper-parameter that differs: `groups` 1 → 2. */
export interface FieldChange {
  readonly field: string;
  readonly from: string;
  readonly to: string;
}

/** One line of the summary: these layers changed in this way, costing this many parameters. */
export interface SummaryLine {
  readonly layers: readonly string[];
  /** `changed`: same kind, different settings; `added`/`removed`: only on the right/left; `upstream`: same settings, new input. */
  readonly how: 'changed' | 'added' | 'removed' | 'upstream';
  readonly changes: readonly FieldChange[];
  readonly paramDelta: number;
  readonly macDelta: number;
}

export interface Comparison {
  readonly rows: readonly RowDiff[];
  readonly totals: {
    readonly left: Analysis['totals'];
    readonly right: Analysis['totals'];
    readonly paramDelta: number;
    readonly macDelta: number;
    readonly paramRatio?: number;
    readonly macRatio?: number;
  };
  readonly summary: readonly SummaryLine[];
}

/** A layer's hyper-parameters as name → text, the cells the table shows as "settings". */
export function settingsOf(layer: LayerSpec): Record<string, string> {
  return Object.fromEntries(
    Object.entries(layer)
      .filter(([k]) => k !== 'kind' && k !== 'id')
      .map(([k, v]) => [k, String(v)]),
  );
}

const ratio = (right: number, left: number) => (left > 0 ? right / left : undefined);

function fieldChanges(left: LayerInfo, right: LayerInfo): FieldChange[] {
  const a = settingsOf(left.layer);
  const b = settingsOf(right.layer);
  return Object.keys({ ...a, ...b })
    .filter((k) => a[k] !== b[k])
    .map((field) => ({ field, from: a[field] ?? '', to: b[field] ?? '' }));
}

function rowDiff(row: AlignedRow): RowDiff & { how?: SummaryLine['how']; changes: FieldChange[] } {
  const { left, right } = row;
  const lp = left?.params.total ?? 0;
  const rp = right?.params.total ?? 0;
  const lm = left?.macs ?? 0;
  const rm = right?.macs ?? 0;
  const changed = new Set<Cell>();
  let changes: FieldChange[] = [];
  let how: SummaryLine['how'] | undefined;
  if (!left || !right) {
    how = left ? 'removed' : 'added';
    changed.add('kind').add('settings').add('output').add('params').add('macs');
  } else {
    if (left.layer.kind !== right.layer.kind) changed.add('kind');
    changes = fieldChanges(left, right);
    if (changes.length > 0 || changed.has('kind')) {
      changed.add('settings');
      how = 'changed';
    }
    if (formatShape(left.outputShape) !== formatShape(right.outputShape)) changed.add('output');
    if (lp !== rp) changed.add('params');
    if (lm !== rm) changed.add('macs');
    if (!how && (lp !== rp || lm !== rm)) how = 'upstream';
  }
  return {
    ...row,
    changed,
    paramDelta: rp - lp,
    macDelta: rm - lm,
    paramRatio: ratio(rp, lp),
    macRatio: ratio(rm, lm),
    how,
    changes,
  };
}

/** Compares `a` (left) with `b` (right). */
export function compareNetworks(a: Analysis, b: Analysis): Comparison {
  const detailed = alignLayers(a, b).map(rowDiff);
  const groups = new Map<string, SummaryLine>();
  for (const r of detailed) {
    // Layers without parameters or compute matter only when they are added, removed or changed.
    if (!r.how || (r.how === 'upstream' && r.paramDelta === 0 && r.macDelta === 0)) continue;
    const key = `${r.how}|${r.changes.map((c) => `${c.field}:${c.from}>${c.to}`).join(',')}|${r.how === 'changed' ? '' : (r.left ?? r.right)?.layer.kind}`;
    const g = groups.get(key);
    groups.set(key, {
      layers: [...(g?.layers ?? []), r.id],
      how: r.how,
      changes: r.changes,
      paramDelta: (g?.paramDelta ?? 0) + r.paramDelta,
      macDelta: (g?.macDelta ?? 0) + r.macDelta,
    });
  }
  const rows: RowDiff[] = detailed.map((r) => ({
    id: r.id,
    left: r.left,
    right: r.right,
    changed: r.changed,
    paramDelta: r.paramDelta,
    macDelta: r.macDelta,
    paramRatio: r.paramRatio,
    macRatio: r.macRatio,
  }));
  const left = a.totals;
  const right = b.totals;
  return {
    rows,
    totals: {
      left,
      right,
      paramDelta: right.params - left.params,
      macDelta: right.macs - left.macs,
      paramRatio: ratio(right.params, left.params),
      macRatio: ratio(right.macs, left.macs),
    },
    summary: [...groups.values()],
  };
}
