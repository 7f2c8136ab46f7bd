/**
 * The layer table as text for slides and handouts: CSV (for spreadsheets), Markdown and
 * LaTeX (booktabs). Same rows and numbers as the on-screen table, all from the analysis.
 */
import type { Analysis, LayerInfo } from './analyze';
import { derivationBrief, formatInt } from './format';
import { formatShape } from './spec';

export interface ExportRow {
  readonly layer: string;
  readonly kind: string;
  readonly output: string;
  readonly arithmetic: string;
  readonly kernelDepth: string;
  readonly params: number;
  readonly formula: string;
  readonly macs: number;
  readonly receptiveField: string;
}

const header = [
  'layer',
  'type',
  'output',
  'size arithmetic',
  'kernel depth',
  'parameters',
  'formula',
  'MACs',
  'receptive field',
];

/** One row per layer, with the same strings as the layer table. */
export function exportRows(analysis: Analysis): ExportRow[] {
  return analysis.layers.map((l: LayerInfo) => ({
    layer: l.layer.id,
    kind: l.layer.kind,
    output: formatShape(l.outputShape),
    arithmetic: l.size && l.layer.kind !== 'adaptiveavgpool' ? derivationBrief(l.size.derivation) : '',
    kernelDepth: l.kernelDepth === undefined ? '' : String(l.kernelDepth),
    params: l.params.total,
    formula: l.params.derivation ? derivationBrief(l.params.derivation) : '',
    macs: l.macs,
    receptiveField: receptiveFieldText(l),
  }));
}

/**
 * The receptive-field cell, shared with the on-screen table: "1×1" for the input, "195×195,
 * 32 px" (side, then the distance between neighbouring values) up to and including flatten,
 * `whole` (the UI passes its translation) from the first fully connected layer on.
 */
export function receptiveFieldText(l: LayerInfo, whole = 'whole image'): string {
  const rf = l.receptiveField;
  if (l.layer.kind === 'input') return '1×1';
  return rf.wholeImage ? whole : `${rf.size}×${rf.size}, ${rf.jump} px`;
}

const cells = (r: ExportRow, fmt: (n: number) => string) => [
  r.layer,
  r.kind,
  r.output,
  r.arithmetic,
  r.kernelDepth,
  fmt(r.params),
  r.formula,
  fmt(r.macs),
  r.receptiveField,
];

/** RFC 4180 CSV with plain integers (spreadsheets parse "34944", not "34,944"). */
export function toCsv(analysis: Analysis): string {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const rows = exportRows(analysis).map((r) => cells(r, String).map(quote).join(','));
  const total = ['total', '', '', '', '', String(analysis.totals.params), '', String(analysis.totals.macs), ''];
  return [header.join(','), ...rows, total.join(',')].join('\n') + '\n';
}

/** A GitHub-flavoured Markdown table with grouped numbers. */
export function toMarkdown(analysis: Analysis): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const line = (c: string[]) => `| ${c.map(esc).join(' | ')} |`;
  const align = header.map((_, i) => (i === 5 || i === 7 ? '---:' : '---'));
  const rows = exportRows(analysis).map((r) => line(cells(r, formatInt)));
  const total = line([
    '**total**',
    '',
    '',
    '',
    '',
    `**${formatInt(analysis.totals.params)}**`,
    '',
    `**${formatInt(analysis.totals.macs)}**`,
    '',
  ]);
  return [line(header), `| ${align.join(' | ')} |`, ...rows, total].join('\n') + '\n';
}

/** A booktabs table; formulas in math mode, Unicode operators turned into TeX. */
export function toLatex(analysis: Analysis, caption: string): string {
  const tex = (s: string) =>
    s
      .replace(/\\/g, '\\textbackslash{}')
      .replace(/([#$%&_{}])/g, '\\$1')
      .replace(/×/g, '$\\times$')
      .replace(/−/g, '$-$')
      .replace(/·/g, '$\\cdot$')
      .replace(/⌊/g, '$\\lfloor$')
      .replace(/⌋/g, '$\\rfloor$')
      .replace(/⌈/g, '$\\lceil$')
      .replace(/⌉/g, '$\\rceil$');
  const num = (n: number) => formatInt(n).replace(/,/g, '{,}');
  const rows = exportRows(analysis).map(
    (r) =>
      `${cells(r, num)
        .map((c, i) => (i === 5 || i === 7 ? c : tex(c)))
        .join(' & ')} \\\\`,
  );
  return (
    [
      '% \\usepackage{booktabs}',
      '\\begin{table}[ht]',
      '\\centering',
      '\\small',
      '\\begin{tabular}{lllllrlrl}',
      '\\toprule',
      `${header.map(tex).join(' & ')} \\\\`,
      '\\midrule',
      ...rows,
      '\\midrule',
      `total & & & & & ${num(analysis.totals.params)} & & ${num(analysis.totals.macs)} & \\\\`,
      '\\bottomrule',
      '\\end{tabular}',
      `\\caption{${tex(caption)}}`,
      '\\end{table}',
    ].join('\n') + '\n'
  );
}
