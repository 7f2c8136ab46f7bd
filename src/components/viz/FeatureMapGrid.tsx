/**
 * All channels of one layer on one canvas: colour by LUT, sort, zoom and pan, hover or
 * arrow keys to probe a value, click or Enter to enlarge a channel over the input image.
 */
import { type ReactNode, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoarsePointer } from '../useCoarsePointer';
import type { ReceptiveField } from '../../core/analyze';
import type { RgbaImage, TensorData } from '../../core/tensorData';
import { canvasPoint, paintRgba } from '../../viz/maps/canvas';
import type { ChannelSort } from '../../viz/maps/channelStats';
import { type SequentialColormap, colormapLut } from '../../viz/maps/colormap';
import {
  type Probe,
  type ScaleMode,
  featureGridModel,
  fillFeatureGridModel,
  mapValue,
} from '../../viz/maps/featureGrid';
import { formatValue } from '../../viz/maps/format';
import { type GridCursor, cursorAtMax, sameCursor, stepCursor } from '../../viz/maps/gridCursor';
import { hitTest } from '../../viz/maps/gridLayout';
import { ChannelDetail } from './ChannelDetail';
import { ColorLegend } from './ColorLegend';
import { GridMarks } from './GridMarks';
import { GridStatus } from './GridStatus';
import { GridToolbar } from './GridToolbar';
import { arrowSteps } from './keys';
import { ShapeError } from './ShapeError';
import { useD3Zoom } from './useD3Zoom';
import { type PointAt, useTouchProbe } from './useTouchProbe';
import './viz.css';

export interface FeatureMapGridProps {
  /** Activations [h, w, c]: [55, 55, 96] for conv1 of the seed variant. */
  readonly maps: TensorData;
  /** Name of the layer in captions: "conv1". */
  readonly layerLabel: string;
  readonly colormap?: SequentialColormap;
  readonly sort: ChannelSort;
  readonly onSort: (sort: ChannelSort) => void;
  /** 'layer' (default): one colour scale for all maps; 'channel': each map on its own. */
  readonly scale?: ScaleMode;
  /** Shows the scale-mode control when given. */
  readonly onScale?: (scale: ScaleMode) => void;
  /** Channel shown enlarged; null or absent for none. */
  readonly selected?: number | null;
  readonly onSelect?: (channel: number | null) => void;
  /**
   * Called when the pointer or keyboard cursor moves to another value. The probe stays put
   * when the pointer leaves the grid (so the linked views stay readable); null after Escape.
   */
  readonly onProbe?: (probe: Probe | null) => void;
  /** The preprocessed input image and this layer's receptive field: for the enlarged overlay. */
  readonly image?: RgbaImage;
  readonly rf?: ReceptiveField;
  /** Milliseconds the last draw took (fill + putImageData), for timing. */
  readonly onDraw?: (ms: number) => void;
  /** More display options for the toolbar's popover (the colour map picker). */
  readonly options?: ReactNode;
}

export function FeatureMapGrid(props: FeatureMapGridProps) {
  const {
    maps,
    layerLabel,
    colormap = 'viridis',
    sort,
    onSort,
    scale = 'layer',
    onScale,
    selected,
    onSelect,
    onProbe,
    image,
    rf,
    options,
  } = props;
  const { t } = useTranslation();
  const coarse = useCoarsePointer();
  const model = useMemo(() => featureGridModel(maps, sort, scale), [maps, sort, scale]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  // The cursor belongs to one set of maps: a new layer starts without one.
  const [cursorOf, setCursorOf] = useState<{ maps: TensorData; cursor: GridCursor } | null>(null);
  const cursor = cursorOf?.maps === maps ? cursorOf.cursor : null;
  const zoom = useD3Zoom(viewport, layer, model ? `${model.layout.width}x${model.layout.height}` : '');
  const reportDraw = useEffectEvent((ms: number) => props.onDraw?.(ms));

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !model) return;
    const lut = colormapLut(colormap);
    const ms = paintRgba(canvas, model.layout.width, model.layout.height, (rgba) =>
      fillFeatureGridModel(rgba, maps, model, lut),
    );
    canvas.dataset.drawMs = ms.toFixed(2);
    reportDraw(ms);
  }, [maps, model, colormap]);

  // Hover/click by mouse, tap/second tap/slide by finger (the handlers use the model below).
  const touch = useTouchProbe<GridCursor>({
    hit: (e) => hitAt(e),
    probe: (hit) => moveTo(hit),
    activate: (hit) => onSelect?.(hit.channel === selected ? null : hit.channel),
    same: (a, b) => a.channel === b.channel,
  });

  if (!model) return <ShapeError expected="[h, w, c]" data={maps} />;
  const { layout, order, slotOf, stats, hwc } = model;
  const [h, w] = hwc;

  const moveTo = (next: GridCursor | null) => {
    if (sameCursor(next, cursor)) return;
    setCursorOf(next ? { maps, cursor: next } : null);
    onProbe?.(next ? { ...next, value: mapValue(maps, hwc, next.channel, next.x, next.y) } : null);
  };
  const hitAt = (e: PointAt) => {
    const p = canvasPoint(e.currentTarget, e.clientX, e.clientY);
    const hit = hitTest(layout, p.x, p.y);
    return hit ? { channel: order[hit.slot] ?? 0, x: hit.x, y: hit.y } : null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const arrow = arrowSteps[e.key];
    if (arrow) moveTo(stepCursor(model, cursor, arrow[0], arrow[1], e.shiftKey));
    else if ((e.key === 'Enter' || e.key === ' ') && cursor) onSelect?.(cursor.channel);
    else if (e.key === 'Escape' && selected !== null && selected !== undefined) onSelect?.(null);
    else if (e.key === 'Escape') moveTo(null);
    else if (e.key === '+' || e.key === '=') zoom.zoomBy(1.5);
    else if (e.key === '-') zoom.zoomBy(1 / 1.5);
    else return;
    e.preventDefault();
  };

  const range = model.range;
  const selectedStat = selected !== null && selected !== undefined ? stats[selected] : undefined;

  return (
    <figure className="viz viz-grid" data-testid="feature-map-grid">
      <GridToolbar sort={sort} onSort={onSort} scale={scale} onScale={onScale} zoom={zoom} options={options} />
      <div
        ref={viewport}
        className="viz-viewport"
        tabIndex={0}
        role="group"
        aria-label={t('viz.grid.viewport', { layer: layerLabel })}
        onKeyDown={onKeyDown}
        onFocus={() => touch.pointerFocus() || cursor || moveTo(cursorAtMax(model, order[0] ?? 0))}
      >
        <div ref={layer} className="viz-zoom-layer">
          <canvas
            ref={canvasRef}
            className="viz-pixels"
            width={layout.width}
            height={layout.height}
            role="img"
            aria-label={t('viz.grid.canvas', {
              count: hwc[2],
              layer: layerLabel,
              h,
              w,
              cols: layout.cols,
              sort: t(`viz.grid.sort.${sort}`),
            })}
            // The probe stays where the pointer left it, so the student can move over to the
            // receptive field and the dot product and read them; Escape clears it.
            onPointerDown={touch.onPointerDown}
            onPointerMove={touch.onPointerMove}
            onPointerUp={touch.onPointerUp}
            onPointerCancel={touch.onPointerCancel}
            onClick={touch.onClick}
          />
          <GridMarks
            layout={layout}
            cursorSlot={cursor ? slotOf[cursor.channel] : undefined}
            selectedSlot={selected !== null && selected !== undefined ? slotOf[selected] : undefined}
            pixel={cursor ?? undefined}
          />
        </div>
      </div>
      <GridStatus maps={maps} model={model} cursor={cursor} />
      <ColorLegend colormap={colormap} domain={[range.lo, range.hi]} label={t('viz.legend.activation')} />
      {scale === 'channel' ? <p className="viz-note">{t('viz.legend.perChannel')}</p> : null}
      <figcaption>
        {t('viz.grid.caption', {
          layer: layerLabel,
          count: hwc[2],
          h,
          w,
          min: formatValue(range.lo),
          max: formatValue(range.hi),
        })}{' '}
        {t(coarse ? 'viz.grid.keysTouch' : 'viz.grid.keys')}
      </figcaption>
      {selectedStat ? (
        <ChannelDetail
          maps={maps}
          model={model}
          channel={selectedStat.channel}
          layerLabel={layerLabel}
          colormap={colormap}
          image={image}
          rf={rf}
          onClose={onSelect ? () => onSelect(null) : undefined}
          onProbe={onProbe}
        />
      ) : null}
    </figure>
  );
}
