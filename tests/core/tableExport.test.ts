import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { toCsv, toLatex, toMarkdown } from '../../src/core/tableExport';
import { seed, zfnet } from '../../src/core/variants';

const a = analyze(seed);

describe('table exports', () => {
  it('CSV: a header, one line per layer, a total, plain integers', () => {
    const lines = toCsv(a).trim().split('\n');
    expect(lines[0]).toBe('layer,type,output,size arithmetic,kernel depth,parameters,formula,MACs,receptive field');
    expect(lines).toHaveLength(1 + seed.layers.length + 1);
    expect(lines[2]).toBe(
      'conv1,conv,55×55×96,(227 − 11 + 2·0)/4 + 1 = 55,3,34944,"(11·11·3 + 1)·96 = 34,944",105415200,"11×11, 4 px"',
    );
    // Flatten only reshapes: its values keep pool5's receptive field; fc6 is the first to see it all.
    expect(lines.find((l) => l.startsWith('flatten,'))).toBe('flatten,flatten,9216,,,0,,0,"195×195, 32 px"');
    expect(lines.find((l) => l.startsWith('fc6,'))?.endsWith(',whole image')).toBe(true);
    expect(lines.at(-1)).toBe('total,,,,,62378344,,1135256096,');
  });
  it('Markdown: aligned numeric columns and grouped numbers', () => {
    const md = toMarkdown(a);
    expect(md).toContain('| conv2 | conv | 27×27×256 | (27 − 5 + 2·2)/1 + 1 = 27 | 96 | 614,656 |');
    expect(md.split('\n')[1]).toBe('| --- | --- | --- | --- | --- | ---: | --- | ---: | --- |');
    expect(md).toContain('**62,378,344**');
    expect(md).toContain('| flatten | flatten | 9216 |  |  | 0 |  | 0 | 195×195, 32 px |');
    expect(md).toContain('| pool5 | maxpool | 6×6×256 | (13 − 3)/2 + 1 = 6 |  | 0 |  | 0 | 195×195, 32 px |');
  });
  it('LaTeX: booktabs rules, escaped text, TeX operators', () => {
    const tex = toLatex(analyze(zfnet), 'ZFNet, 100% derived');
    expect(tex).toContain('\\toprule');
    expect(tex).toContain('\\bottomrule');
    expect(tex).toContain('\\caption{ZFNet, 100\\% derived}');
    expect(tex).toContain('pool1 & maxpool & 55$\\times$55$\\times$96 & (110 $-$ 3)/2 + 1 = 55');
    expect(tex).toContain('62{,}357{,}608');
    // The seed's flatten keeps pool5's 163 + 2·16 = 195, 32 px apart, in LaTeX too.
    expect(toLatex(a, 'seed')).toContain('flatten & flatten & 9216 &  &  & 0 &  & 0 & 195$\\times$195, 32 px \\\\');
  });
});
