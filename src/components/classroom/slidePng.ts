/**
 * The current step as one 16:9 slide, 1920×1080 PNG, for a lecturer's own slide deck: the
 * layer's name and kind, the random/trained badge line, its key numbers with their formulas
 * (slideContent.ts: the same arithmetic the step shows; a pipeline step's numbers with their
 * notes, stepSlide.ts), its picture, and the source line.
 * The picture is taken from the page as drawn there: the feature-map grid's canvas (for the
 * first convolution, its filters beside it), or the network diagram for steps without maps.
 * Text is drawn in the page's own font stack; the fonts (the Chinese subset among them) are
 * loaded for exactly the text drawn before anything is painted, or Chinese would come out
 * as empty boxes.
 */
import type { SlideNumber } from './slideContent';
import { standaloneSvg } from './viewExport';

/** The words of the slide, already in the page's language. */
export interface SlideText {
  readonly title: string;
  readonly kind: string;
  /** "layer 1 of 8" or "no learnable parameters". */
  readonly count: string;
  readonly badge: string;
  readonly numbers: readonly SlideNumber[];
  readonly source: string;
}

export const slideWidth = 1920;
export const slideHeight = 1080;
const margin = 80;
const ink = '#111827';
const muted = '#374151';
const badgeInk = '#7a3e00';
/** Where the picture goes: under the numbers, above the source line. */
const pictureTop = 500;
const pictureBottom = 990;
/** From one row of key numbers to the next. */
const rowHeight = 118;

type Picture = HTMLCanvasElement | HTMLImageElement;

/** The slide for the step shown in `view`, as a PNG. */
export async function slideToPng(view: Element, text: SlideText): Promise<Blob> {
  const family = getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
  const fonts = (size: number, weight = 400) => `${weight} ${size}px ${family}`;
  await loadFonts(fonts, text);
  const pictures = await picturesOf(view);

  const canvas = document.createElement('canvas');
  canvas.width = slideWidth;
  canvas.height = slideHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, slideWidth, slideHeight);
  ctx.textBaseline = 'alphabetic';
  const line = (s: string, x: number, y: number, font: string, color: string, maxWidth = slideWidth - x - margin) => {
    ctx.font = font;
    ctx.fillStyle = color;
    // Shrink rather than clip: a long formula must stay whole.
    const w = ctx.measureText(s).width;
    if (w > maxWidth)
      ctx.font = font.replace(/ (\d+)px /, (_, px: string) => ` ${Math.floor((Number(px) * maxWidth) / w)}px `);
    ctx.fillText(s, x, y);
    return Math.min(w, maxWidth);
  };

  // Title and kind, then the count at the right.
  const titleWidth = line(text.title, margin, 130, fonts(84, 700), ink);
  line(text.kind, margin + titleWidth + 32, 130, fonts(44), muted);
  ctx.font = fonts(34);
  const countWidth = ctx.measureText(text.count).width;
  line(text.count, slideWidth - margin - countWidth, 130, fonts(34), muted);

  // The badge on one line, in a box as on the page (a pipeline step's page shows none).
  if (text.badge) {
    ctx.font = fonts(32);
    const badgeWidth = Math.min(ctx.measureText(text.badge).width, slideWidth - 2 * margin - 40);
    ctx.strokeStyle = badgeInk;
    ctx.lineWidth = 3;
    ctx.strokeRect(margin, 160, badgeWidth + 40, 54);
    line(text.badge, margin + 20, 199, fonts(32), badgeInk, badgeWidth);
  }

  // Key numbers, two columns (a wide one takes a row): label, value, then its note or formula.
  const colWidth = (slideWidth - 2 * margin - 80) / 2;
  const cells = numberCells(text.numbers);
  cells.forEach(({ number: n, col, row }) => {
    const x = margin + col * (colWidth + 80);
    const y = 270 + row * rowHeight;
    const width = n.wide ? slideWidth - 2 * margin : colWidth;
    line(n.label, x, y, fonts(28), muted, width);
    const valueWidth = n.value ? line(n.value, x, y + 52, fonts(46, 700), ink, width) : 0;
    const after = [n.note, n.formula?.text].filter(Boolean).join('   ');
    if (after) line(after, x + valueWidth + 28, y + 50, fonts(34), ink, width - valueWidth - 28);
  });

  // A third row of numbers (a pipeline step's) pushes the picture down.
  const rows = cells.reduce((most, c) => Math.max(most, c.row + 1), 0);
  drawPictures(ctx, pictures, Math.max(pictureTop, 270 + rows * rowHeight - 20));
  line(text.source, margin, slideHeight - 40, fonts(28), muted);

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob gave nothing'))), 'image/png'),
  );
}

/** Waits for every font face the slide's text needs at each size and weight it uses. */
async function loadFonts(fonts: (size: number, weight?: number) => string, text: SlideText): Promise<void> {
  const all = [text.title, text.kind, text.count, text.badge, text.source]
    .concat(text.numbers.flatMap((n) => [n.label, n.value, n.note ?? '', n.formula?.text ?? '']))
    .join(' ');
  await Promise.all([fonts(84, 700), fonts(46, 700), fonts(34)].map((f) => document.fonts.load(f, all)));
}

/** The step's pictures as drawn on the page: filters and maps, or else the diagram. */
async function picturesOf(view: Element): Promise<Picture[]> {
  const visible = (el: Element | null): el is HTMLCanvasElement =>
    el instanceof HTMLCanvasElement && el.width > 0 && el.getBoundingClientRect().width > 0;
  const maps = view.querySelector('[data-testid="feature-map-grid"] canvas');
  // The grid of each filter grid (two of them when conv1 is split over two GPUs), not its magnifier.
  const filters = [...view.querySelectorAll('[data-testid="filter-grid"] > .viz-viewport > canvas')].filter(visible);
  if (visible(maps)) return [...filters, maps];
  const svg = view.querySelector('[data-testid="network-diagram"] svg');
  if (!(svg instanceof SVGSVGElement)) return [];
  const r = svg.getBoundingClientRect();
  // Rendered at about the size it will take on the slide, so lines and labels stay sharp.
  const k = Math.max(1, (slideWidth - 2 * margin) / Math.max(1, r.width));
  const box = { x: 0, y: 0, width: r.width, height: r.height };
  return [await loadSvg(standaloneSvg(svg, box, { x: 0, y: 0, width: r.width * k, height: r.height * k }))];
}

/** Where each number goes: two to a row, a wide one alone on its row. */
function numberCells(numbers: readonly SlideNumber[]): { number: SlideNumber; col: number; row: number }[] {
  let col = 0;
  let row = 0;
  return numbers.map((number) => {
    if (number.wide && col > 0) [col, row] = [0, row + 1];
    const cell = { number, col, row };
    if (number.wide || col === 1) [col, row] = [0, row + 1];
    else col = 1;
    return cell;
  });
}

/** The pictures side by side at one height, as large as the picture area allows, centred both ways. */
function drawPictures(ctx: CanvasRenderingContext2D, pictures: readonly Picture[], top = pictureTop): void {
  if (pictures.length === 0) return;
  const gap = 48;
  const size = (p: Picture) =>
    p instanceof HTMLCanvasElement ? [p.width, p.height] : [p.naturalWidth || 1, p.naturalHeight || 1];
  const aspects = pictures.map((p) => {
    const [w = 1, h = 1] = size(p);
    return w / h;
  });
  const room = { width: slideWidth - 2 * margin, height: pictureBottom - top };
  const height = Math.min(room.height, (room.width - gap * (pictures.length - 1)) / aspects.reduce((a, b) => a + b, 0));
  const total = aspects.reduce((a, b) => a + b * height, 0) + gap * (pictures.length - 1);
  let x = (slideWidth - total) / 2;
  const y = top + (room.height - height) / 2;
  // Pixels stay squares: a 55×55 map is data, not a photo to smooth.
  ctx.imageSmoothingEnabled = false;
  pictures.forEach((p, i) => {
    const w = (aspects[i] ?? 1) * height;
    ctx.drawImage(p, x, y, w, height);
    x += w + gap;
  });
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
