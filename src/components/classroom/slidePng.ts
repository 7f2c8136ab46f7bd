/**
 * The current step as one 16:9 slide, 1920×1080 PNG, for a lecturer's own slide deck: the
 * layout of slideLayout.ts (title, the random/trained badge, the key numbers with their
 * formulas, the top five, the source line) drawn on a canvas, with the step's pictures taken
 * from `view` as drawn there: the slide on screen (its pictures are marked data-png), or the
 * walkthrough on the page (the feature-map grid with conv1's filters, the preprocessing, the
 * dense strip), or else the network diagram, its labels enlarged to minLabelPx.
 * Text is drawn in the page's own font stack; the fonts (the Chinese subset among them) are
 * loaded for exactly the text drawn before anything is measured, or Chinese would come out as
 * empty boxes.
 */
import { formatPercent } from '../../viz/maps/format';
import {
  type DrawOp,
  type Rect,
  type SlideText,
  type TopFive,
  type Weight,
  fitPictures,
  labelFloor,
  layoutSlide,
  slideHeight,
  slideWidth,
} from './slideLayout';
import { standaloneSvg } from './viewExport';

export type { SlideText } from './slideLayout';

type Source = HTMLCanvasElement | SVGSVGElement;

/** The slide for the step shown in `view`, as a PNG. */
export async function slideToPng(view: Element, text: SlideText): Promise<Blob> {
  const family = getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
  const font = (size: number, weight: Weight) => `${weight} ${size}px ${family}`;
  await loadFonts(font, text);

  const canvas = document.createElement('canvas');
  canvas.width = slideWidth;
  canvas.height = slideHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const measure = (s: string, size: number, weight: Weight) => {
    ctx.font = font(size, weight);
    return ctx.measureText(s).width;
  };
  const sources = picturesOf(view, text.top === undefined);
  const layout = layoutSlide(text, measure, sources.length > 0);
  const rects = fitPictures(sources.map(aspectOf), layout.pictures);
  const pictures = await Promise.all(sources.map((s, i) => pictureOf(s, rects[i])));

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, slideWidth, slideHeight);
  ctx.textBaseline = 'alphabetic';
  for (const op of layout.ops) draw(ctx, op, font);
  pictures.forEach((p, i) => {
    const r = rects[i];
    if (!r) return;
    // Pixels stay squares: a 55×55 map is data, not a photo to smooth (the photo itself is one).
    ctx.imageSmoothingEnabled = p.smooth;
    ctx.drawImage(p.image, r.x, r.y, r.width, r.height);
  });

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob gave nothing'))), 'image/png'),
  );
}

function draw(ctx: CanvasRenderingContext2D, op: DrawOp, font: (size: number, weight: Weight) => string): void {
  if (op.kind === 'frame') {
    ctx.strokeStyle = op.color;
    ctx.lineWidth = op.lineWidth;
    ctx.strokeRect(op.rect.x, op.rect.y, op.rect.width, op.rect.height);
    return;
  }
  if (op.kind === 'fill') {
    ctx.fillStyle = op.color;
    ctx.fillRect(op.rect.x, op.rect.y, op.rect.width, op.rect.height);
    return;
  }
  ctx.font = font(op.size, op.weight);
  ctx.fillStyle = op.color;
  ctx.textAlign = op.align ?? 'left';
  ctx.fillText(op.text, op.x, op.y, op.maxWidth);
  ctx.textAlign = 'left';
}

/** Waits for every font face the slide's text needs, in both weights. */
async function loadFonts(font: (size: number, weight: Weight) => string, text: SlideText): Promise<void> {
  const all = [text.title, text.kind, text.count, text.badge, text.source]
    .concat(text.numbers.flatMap((n) => [n.label, n.value, n.note ?? '', n.formula?.text ?? '']))
    .concat(text.top ? [text.top.heading, text.top.warning, ...text.top.rows.map((r) => `${r.name} ${r.percent}`)] : [])
    .join(' ');
  await Promise.all([font(34, 400), font(34, 700)].map((f) => document.fonts.load(f, all)));
}

/**
 * The step's pictures as drawn: the slide's own (data-png), or the page's filters and maps,
 * preprocessing, or dense strip; else the diagram (unless the top five takes the room).
 */
function picturesOf(view: Element, diagram: boolean): Source[] {
  const visible = (el: Element | null): el is HTMLCanvasElement =>
    el instanceof HTMLCanvasElement && el.width > 0 && el.getBoundingClientRect().width > 0;
  const all = (selector: string) => [...view.querySelectorAll(selector)].filter(visible);
  const marked = all('canvas[data-png]');
  if (marked.length > 0) return marked;
  const maps = view.querySelector('[data-testid="feature-map-grid"] canvas');
  // The grid of each filter grid (two of them when conv1 is split over two GPUs), not its magnifier.
  const filters = all('[data-testid="filter-grid"] > .viz-viewport > canvas');
  if (visible(maps)) return [...filters, maps];
  const made = [...all('[data-testid="preprocess"] canvas'), ...all('[data-testid="dense-strip"] canvas')];
  if (made.length > 0) return made;
  const svg = view.querySelector('[data-testid="network-diagram"] svg');
  return diagram && svg instanceof SVGSVGElement ? [svg] : [];
}

/** Width over height of the picture itself (a diagram's drawing, not the box it is fitted into). */
function aspectOf(source: Source): number {
  if (source instanceof HTMLCanvasElement) return source.width / Math.max(1, source.height);
  const { width, height } = drawingBox(source);
  return width / Math.max(1, height);
}

/**
 * The part of the diagram to draw, in its own units: its viewBox (or its box on the page), grown
 * to take in the labels that reach past it (the slide's large labels at the network's ends).
 */
function drawingBox(svg: SVGSVGElement): Rect {
  const vb = svg.viewBox.baseVal;
  const r = svg.getBoundingClientRect();
  const own = vb && vb.width > 0 && vb.height > 0 ? vb : { x: 0, y: 0, width: r.width, height: r.height };
  const content = svg.getBBox();
  const x = Math.min(own.x, content.x);
  const y = Math.min(own.y, content.y);
  const right = Math.max(own.x + own.width, content.x + content.width);
  const bottom = Math.max(own.y + own.height, content.y + content.height);
  return { x, y, width: right - x, height: bottom - y };
}

/** A canvas as it is; a diagram rendered at its size on the slide, its labels no smaller than minLabelPx. */
async function pictureOf(
  source: Source,
  rect: Rect | undefined,
): Promise<{ image: CanvasImageSource; smooth: boolean }> {
  if (source instanceof HTMLCanvasElement) return { image: source, smooth: source.dataset.png === 'photo' };
  const drawn = drawingBox(source);
  const size = { x: 0, y: 0, width: rect?.width ?? drawn.width, height: rect?.height ?? drawn.height };
  // Room for labels the floor enlarges at the ends: half a "227×227×3" more on each side.
  const pad = 2.5 * labelFloor(size.width / drawn.width);
  const viewBox = {
    x: drawn.x - pad,
    y: drawn.y - pad / 4,
    width: drawn.width + 2 * pad,
    height: drawn.height + pad / 2,
  };
  // The scale it is drawn at, the viewBox fitted into `size`.
  const minFontSize = labelFloor(Math.min(size.width / viewBox.width, size.height / viewBox.height));
  const markup = standaloneSvg(source, viewBox, size, { minFontSize, viewBox });
  return { image: await loadSvg(markup), smooth: true };
}

/** Decodes SVG markup into an image that a canvas can draw (the CSP allows blob: images). */
async function loadSvg(markup: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The top five as `view` shows it (the slide's list or the softmax step's), read from the rows'
 * data attributes; undefined where the step shows none.
 */
export function topFiveOf(view: Element): TopFive | undefined {
  const box = view.querySelector('[data-top-five]');
  if (!box) return undefined;
  const rows = [...box.querySelectorAll('[data-top-name]')].map((li) => {
    const value = Number(li.getAttribute('data-top-value') ?? 0);
    return { name: li.getAttribute('data-top-name') ?? '', value, percent: formatPercent(value) };
  });
  const heading = box.querySelector('[data-top-heading]')?.textContent ?? '';
  return { heading, warning: box.getAttribute('data-top-warning') ?? '', rows };
}
