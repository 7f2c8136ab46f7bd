/**
 * "The current view" as an SVG drawing for slides. The view is the element the caller points
 * ExportMenu at (the walkthrough's picture column: the network diagram and the current
 * step's feature-map canvas). Its pictures, every outermost <svg> and every <canvas> in it
 * (not those inside [data-export-skip], such as the QR code), are laid out on one white sheet
 * exactly where they sit on screen relative to each other, in one standalone file: each
 * diagram nested with its CSS written inline, each canvas embedded as a PNG <image>.
 * (The PNG export is a whole 16:9 slide instead: slidePng.ts.)
 */
import { type Box, type Sheet, inlineStyle, placeOnSheet, svgDocument, svgImage } from './svgExport';

type Picture = SVGSVGElement | HTMLCanvasElement;

/** The pictures in `root`, with their boxes on the page; empty when there is nothing to export. */
export function viewSheet(root: Element): Sheet<Picture> {
  const candidates = [root, ...root.querySelectorAll('svg, canvas')];
  const parts: { item: Picture; box: Box }[] = [];
  for (const el of candidates) {
    if (!(el instanceof SVGSVGElement || el instanceof HTMLCanvasElement)) continue;
    if ((el instanceof SVGSVGElement && el.ownerSVGElement) || el.closest('[data-export-skip]')) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || getComputedStyle(el).visibility === 'hidden') continue;
    parts.push({ item: el, box: { x: r.left, y: r.top, width: r.width, height: r.height } });
  }
  return placeOnSheet(parts);
}

/** What the PNG slide changes in a drawing it copies (slidePng.ts). */
export interface DrawingOptions {
  /** Text smaller than this, in the drawing's units, is enlarged to it: the diagram's labels. */
  readonly minFontSize?: number;
  /** The part of the drawing to show, in its units (labels may reach past its own viewBox). */
  readonly viewBox?: Box;
}

/**
 * A copy of `svg` that renders the same with no stylesheet: computed styles written inline,
 * classes dropped, placed at `size` (its sheet box by default; the PNG path renders it larger).
 */
export function standaloneSvg(svg: SVGSVGElement, box: Box, size = box, options: DrawingOptions = {}): string {
  const { minFontSize = 0, viewBox } = options;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const styles = new Map<Element, CSSStyleDeclaration>();
  const styleOf = (el: Element) => {
    let s = styles.get(el);
    if (!s) styles.set(el, (s = getComputedStyle(el)));
    return s;
  };
  originals.forEach((el, i) => {
    const copy = copies[i];
    if (!copy) return;
    const own = styleOf(el);
    const parent = i > 0 && el.parentElement ? styleOf(el.parentElement) : null;
    let style = inlineStyle((p) => own.getPropertyValue(p), parent ? (p) => parent.getPropertyValue(p) : null);
    if (el instanceof SVGTextElement && parseFloat(own.getPropertyValue('font-size')) < minFontSize)
      style = `${style ? `${style};` : ''}font-size:${minFontSize.toFixed(2)}px`;
    copy.removeAttribute('class');
    if (style) copy.setAttribute('style', style);
    else copy.removeAttribute('style');
  });
  if (viewBox) clone.setAttribute('viewBox', `${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`);
  else if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${box.width} ${box.height}`);
  clone.setAttribute('x', String(size.x));
  clone.setAttribute('y', String(size.y));
  clone.setAttribute('width', String(size.width));
  clone.setAttribute('height', String(size.height));
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(clone);
}

/** The view as one standalone SVG file, or null when it has no pictures. */
export function viewToSvg(root: Element): Blob | null {
  const sheet = viewSheet(root);
  if (sheet.placed.length === 0) return null;
  const body = sheet.placed.map(({ item, box }) =>
    item instanceof SVGSVGElement ? standaloneSvg(item, box) : svgImage(box, item.toDataURL('image/png')),
  );
  const markup = svgDocument(sheet.width, sheet.height, body);
  return new Blob([markup], { type: 'image/svg+xml;charset=utf-8' });
}
