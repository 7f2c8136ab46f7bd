/**
 * Number and expression formatting shared by every derived formula. Plain text uses the
 * typographic minus and a middle dot, as a student writes by hand; TeX is for KaTeX.
 */

/** 62378344 → "62,378,344". Fixed grouping so tests and both languages read the same. */
export function formatInt(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.abs(Math.trunc(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** An integer in TeX: braces keep KaTeX from spacing the separators like list commas. */
export function texInt(n: number): string {
  return formatInt(n).replace(/,/g, '{,}');
}

/** 53.25 → "53.25", 54 → "54"; at most four decimals, trailing zeros trimmed. */
export function formatDecimal(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toFixed(4)));
}

/** Bytes as a student reads them: "1.1 MB", "238 MB" (decimal units, like the paper's 3 GB). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 'B';
  for (const u of units) {
    if (value < 1000) break;
    value /= 1000;
    unit = u;
  }
  return `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)} ${unit}`;
}

/** One expression in both notations, e.g. text "(227 − 11 + 2·0)/4 + 1", tex "\frac{…}{4}+1". */
export interface Expr {
  readonly text: string;
  readonly tex: string;
}

/**
 * A worked derivation: each step equals the previous one, the last is the result.
 * Rendered as "step₀ = step₁ = … = result".
 */
export interface Derivation {
  readonly steps: readonly Expr[];
  readonly result: number;
}

/** "a = b = c" in plain text. */
export function derivationText(d: Derivation): string {
  return d.steps.map((s) => s.text).join(' = ');
}

/** The formula and its result only, "(227 − 11 + 2·0)/4 + 1 = 55", for tables. */
export function derivationBrief(d: Derivation): string {
  const first = d.steps[0];
  const last = d.steps[d.steps.length - 1];
  return first && last && first !== last ? `${first.text} = ${last.text}` : (last?.text ?? '');
}

/** "a = b = c" in TeX. */
export function derivationTex(d: Derivation): string {
  return d.steps.map((s) => s.tex).join(' = ');
}

/** A derivation whose only step is an integer result. */
export function expr(text: string, tex: string = text): Expr {
  return { text, tex };
}

/** An integer step, grouped in both notations. */
export function intExpr(n: number): Expr {
  return { text: formatInt(n), tex: texInt(n) };
}
