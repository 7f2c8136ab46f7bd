/**
 * HTML outlines laid over a canvas grid: the tile under the cursor, the selected tile and the
 * probed pixel. Boxes are in percent of the canvas, so they follow CSS scaling and zoom
 * without a redraw.
 */
import { type GridLayout, tileBoxPercent, tileOrigin } from '../../viz/maps/gridLayout';

export interface GridMarksProps {
  readonly layout: GridLayout;
  readonly cursorSlot?: number;
  readonly selectedSlot?: number;
  /** Pixel inside the cursor tile to outline. */
  readonly pixel?: { readonly x: number; readonly y: number };
}

export function GridMarks({ layout, cursorSlot, selectedSlot, pixel }: GridMarksProps) {
  const pixelBox = () => {
    if (cursorSlot === undefined || !pixel) return undefined;
    const [ox, oy] = tileOrigin(layout, cursorSlot);
    return {
      left: `${(100 * (ox + pixel.x)) / layout.width}%`,
      top: `${(100 * (oy + pixel.y)) / layout.height}%`,
      width: `${100 / layout.width}%`,
      height: `${100 / layout.height}%`,
    };
  };
  const px = pixelBox();
  return (
    <>
      {selectedSlot !== undefined ? (
        <div className="viz-mark viz-mark-selected" style={tileBoxPercent(layout, selectedSlot)} />
      ) : null}
      {cursorSlot !== undefined ? <div className="viz-mark" style={tileBoxPercent(layout, cursorSlot)} /> : null}
      {px ? <div className="viz-mark viz-mark-pixel" style={px} /> : null}
    </>
  );
}
