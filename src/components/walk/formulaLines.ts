/**
 * Long arithmetic on narrow screens: the same TeX as one line, or broken before each top-level
 * "=" into KaTeX's `aligned` environment so that the equals signs line up, one step a line.
 */

/** Splits TeX at its top-level "=" signs (not inside braces, \left…\right or environments). */
export function splitAtEquals(tex: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < tex.length; i += 1) {
    const c = tex[i];
    if (c === '\\') {
      // A command: skip it whole, so "\{" is no brace and "\left(" counts as an opening.
      const m = /^\\([a-zA-Z]+|.)/.exec(tex.slice(i));
      const name = m?.[1] ?? '';
      if (name === 'left' || name === 'begin') depth += 1;
      else if (name === 'right' || name === 'end') depth -= 1;
      i += (m?.[0].length ?? 1) - 1;
    } else if (c === '{') depth += 1;
    else if (c === '}') depth -= 1;
    else if (c === '=' && depth === 0) {
      parts.push(tex.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(tex.slice(start).trim());
  return parts.filter((p, i) => p !== '' || i > 0);
}

/**
 * "a = b = c" as aligned lines "a &= b \\ &= c"; null when there is nothing to break
 * (no "=" at the top level), so the caller can go straight to scaling.
 */
export function alignedTex(tex: string): string | null {
  const parts = splitAtEquals(tex);
  if (parts.length < 2) return null;
  const [first, ...rest] = parts;
  return `\\begin{aligned}${first ?? ''} &= ${rest.join(' \\\\ &= ')}\\end{aligned}`;
}
