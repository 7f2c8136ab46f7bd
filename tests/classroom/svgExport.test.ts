/** Pure parts of the view export: style inlining, sheet layout, the SVG document, file names. */
import { describe, expect, it } from 'vitest';
import {
  type InlinedProperty,
  fileSlug,
  inlineStyle,
  placeOnSheet,
  svgDocument,
  svgImage,
} from '../../src/components/classroom/svgExport';

const reader =
  (values: Partial<Record<InlinedProperty, string>>, fallback: Partial<Record<InlinedProperty, string>> = {}) =>
  (p: InlinedProperty) =>
    values[p] ?? fallback[p] ?? '';
/** What Chrome reports for an element with no author styles. */
const defaults: Partial<Record<InlinedProperty, string>> = {
  fill: 'rgb(0, 0, 0)',
  stroke: 'none',
  'stroke-width': '1px',
  opacity: '1',
  display: 'inline',
  'font-family': 'system-ui',
  'font-size': '16px',
  'text-anchor': 'start',
};

describe('inlineStyle', () => {
  it('writes what CSS gave the root, leaving out initial values', () => {
    const root = reader({ fill: 'rgb(21, 32, 43)', 'font-size': '18px', display: 'block' }, defaults);
    expect(inlineStyle(root, null)).toBe('fill:rgb(21, 32, 43);font-family:system-ui;font-size:18px;display:block');
  });
  it('leaves out what a child inherits from its parent, writes what differs', () => {
    const parent = reader({ fill: 'rgb(207, 224, 245)', stroke: 'rgb(44, 93, 153)' }, defaults);
    const child = reader({ fill: 'rgb(207, 224, 245)', stroke: 'rgb(44, 93, 153)', 'text-anchor': 'middle' }, defaults);
    expect(inlineStyle(child, parent)).toBe('text-anchor:middle');
  });
  it('writes an initial value when the parent differs, or the child would inherit the parent’s', () => {
    const parent = reader({ stroke: 'rgb(44, 93, 153)' }, defaults);
    const child = reader({ stroke: 'none' }, defaults);
    expect(inlineStyle(child, parent)).toBe('stroke:none');
  });
  it('treats opacity and display as not inherited', () => {
    const parent = reader({ opacity: '0.5' }, defaults);
    expect(inlineStyle(reader({ opacity: '0.5' }, defaults), parent)).toBe('opacity:0.5');
    expect(inlineStyle(reader({}, defaults), parent)).toBe('');
  });
});

describe('placeOnSheet', () => {
  it('keeps the on-screen arrangement, cropped to the pictures plus padding', () => {
    const sheet = placeOnSheet(
      [
        { item: 'diagram', box: { x: 40, y: 300, width: 1200, height: 250.4 } },
        { item: 'maps', box: { x: 700, y: 600, width: 440, height: 440 } },
      ],
      16,
    );
    expect(sheet.width).toBe(1232);
    expect(sheet.height).toBe(772);
    expect(sheet.placed.map((p) => [p.item, p.box.x, p.box.y])).toEqual([
      ['diagram', 16, 16],
      ['maps', 676, 316],
    ]);
  });
  it('is empty for a view with no pictures', () => {
    expect(placeOnSheet([])).toEqual({ width: 0, height: 0, placed: [] });
  });
});

describe('svgDocument and svgImage', () => {
  it('makes a standalone file with a background and the parts in order', () => {
    const doc = svgDocument(100, 50, [
      '<svg x="16" y="16"/>',
      svgImage({ x: 1.234, y: 2, width: 3, height: 4 }, 'data:image/png;base64,AA=='),
    ]);
    expect(
      doc.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50">',
      ),
    ).toBe(true);
    expect(doc).toContain(
      '<rect width="100" height="50" fill="#ffffff"/>\n<svg x="16" y="16"/>\n<image x="1.23" y="2" width="3" height="4"',
    );
    expect(doc).toContain('style="image-rendering:pixelated" href="data:image/png;base64,AA=="');
    expect(doc.trimEnd().endsWith('</svg>')).toBe(true);
  });
  it('escapes attribute values', () => {
    expect(svgImage({ x: 0, y: 0, width: 1, height: 1 }, 'a"b&c')).toContain('href="a&quot;b&amp;c"');
  });
});

describe('fileSlug', () => {
  it.each([
    ['AlexNet (single tower)', 'alexnet-single-tower'],
    ['AlexNet · paper, two GPUs', 'alexnet-paper-two-gpus'],
    ['ZFNet', 'zfnet'],
    ['', 'alexnet'],
    ['卷积网络', 'alexnet'],
  ])('%s → %s', (name, slug) => {
    expect(fileSlug(name)).toBe(slug);
  });
});
