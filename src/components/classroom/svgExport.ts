/**
 * Pure helpers for exporting the current view: which computed styles an SVG needs written
 * into it to stand alone, how the pictures of a view are placed on one sheet, the standalone
 * SVG document around them, and file names. The DOM side is viewExport.ts.
 */

/**
 * The presentation properties the app's SVGs get from CSS (classes, CSS variables): copied
 * onto each element as a style attribute, because a standalone .svg file has no stylesheet.
 */
export const inlinedProperties = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'opacity',
  'display',
] as const;
export type InlinedProperty = (typeof inlinedProperties)[number];

/** Properties a child takes from its parent when it does not set them (CSS inheritance). */
const notInherited: ReadonlySet<InlinedProperty> = new Set(['opacity', 'display']);

/** Initial values, as browsers report them computed. */
const initial: Readonly<Partial<Record<InlinedProperty, string>>> = {
  'fill-opacity': '1',
  'fill-rule': 'nonzero',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'paint-order': 'normal',
  'font-style': 'normal',
  'font-variant-numeric': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  visibility: 'visible',
  opacity: '1',
  display: 'inline',
};

/** Reads one computed property: `(p) => getComputedStyle(el).getPropertyValue(p)`. */
export type StyleReader = (property: InlinedProperty) => string;

/**
 * The style attribute an element needs in a standalone SVG. A value is left out when the
 * element would get it anyway: an inherited property equal to its parent's (already written
 * there), or one equal to the initial value where nothing above could have changed it (the
 * root, or a property that is not inherited). Example: "fill:rgb(207, 224, 245);stroke:…".
 */
export function inlineStyle(own: StyleReader, parent: StyleReader | null): string {
  const out: string[] = [];
  for (const p of inlinedProperties) {
    const value = own(p).trim();
    if (!value) continue;
    const inherited = parent !== null && !notInherited.has(p);
    const implied = inherited ? parent(p).trim() === value : initial[p] === value;
    if (!implied) out.push(`${p}:${value}`);
  }
  return out.join(';');
}

/** A box in CSS pixels, as getBoundingClientRect gives it. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Sheet<T> {
  readonly width: number;
  readonly height: number;
  /** Each item with its box moved so the sheet starts at (padding, padding). */
  readonly placed: readonly { readonly item: T; readonly box: Box }[];
}

/**
 * Lays the pictures of a view on one sheet where they sit on screen relative to each other
 * (a diagram above, feature maps beside the step text…), cropped to their union plus
 * `padding`. Sizes round up to whole pixels.
 */
export function placeOnSheet<T>(parts: readonly { readonly item: T; readonly box: Box }[], padding = 16): Sheet<T> {
  if (parts.length === 0) return { width: 0, height: 0, placed: [] };
  const left = Math.min(...parts.map((p) => p.box.x));
  const top = Math.min(...parts.map((p) => p.box.y));
  const right = Math.max(...parts.map((p) => p.box.x + p.box.width));
  const bottom = Math.max(...parts.map((p) => p.box.y + p.box.height));
  return {
    width: Math.ceil(right - left + 2 * padding),
    height: Math.ceil(bottom - top + 2 * padding),
    placed: parts.map(({ item, box }) => ({
      item,
      box: { ...box, x: box.x - left + padding, y: box.y - top + padding },
    })),
  };
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const px = (n: number) => String(Math.round(n * 100) / 100);

/** A standalone SVG file: the sheet on a solid background, then `body` (serialised elements). */
export function svgDocument(width: number, height: number, body: readonly string[], background = '#ffffff'): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${attr(background)}"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/** A raster picture (a feature-map canvas as a PNG data URL) inside the SVG, never smoothed. */
export function svgImage(box: Box, href: string): string {
  return `<image x="${px(box.x)}" y="${px(box.y)}" width="${px(box.width)}" height="${px(box.height)}" preserveAspectRatio="none" style="image-rendering:pixelated" href="${attr(href)}"/>`;
}

/** "AlexNet (single tower)" → "alexnet-single-tower"; empty or non-Latin names → "alexnet". */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'alexnet';
}
