/**
 * The whole network on one screen: the photo, the most active maps of every conv and pool
 * layer, the dense layers as strips and the top-5, with links showing what feeds what (two
 * lanes for the paper's two GPUs). Hover or arrow keys: a map's channel, value range and
 * receptive field on the photo; click or Enter: open the walkthrough there.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoarsePointer } from '../useCoarsePointer';
import type { Analysis } from '../../core/analyze';
import type { RgbaImage } from '../../core/tensorData';
import { canvasPoint } from '../../viz/maps/canvas';
import { colormapLut } from '../../viz/maps/colormap';
import { drawOverview } from '../../viz/overview/draw';
import { hitThumb, laneCount, overviewColumns, overviewGeometry, overviewWidth } from '../../viz/overview/layout';
import type { EngineView } from '../../state/engine/useEngine';
import { WeightsBadge } from '../weights/WeightsBadge';
import { OverviewHeads } from './OverviewHeads';
import { drawHighlight } from '../../viz/overview/highlight';
import { type Cursor, moveCursor, useCursorText } from './overviewCursor';
import { useOverviewData } from './useOverviewData';
import { useStageSize } from './useStageSize';
import './overview.css';

interface Props {
  readonly analysis: Analysis;
  readonly engine: EngineView;
  /** The crop the model saw (227×227 for the seed variant). */
  readonly image: RgbaImage | null;
  /** Opens the walkthrough at a layer with one of its channels selected. */
  readonly onOpen: (layerId: string, channel: number) => void;
  /** Seed of the random weights: the overview says, as every view does, that they are random. */
  readonly seed: number;
}

export function Overview({ analysis, engine, image, onOpen, seed }: Props) {
  const { t } = useTranslation();
  const touch = useCoarsePointer();
  const stage = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const overlay = useRef<HTMLCanvasElement>(null);
  const stageSize = useStageSize(stage);
  const cols = useMemo(() => overviewColumns(analysis), [analysis]);
  const { height } = stageSize;
  const width = overviewWidth(cols.length, stageSize.width);
  const lanes = laneCount(analysis);
  const geometry = useMemo(() => overviewGeometry(cols.length, width, height, lanes), [cols, width, height, lanes]);
  const data = useOverviewData(cols, lanes, engine.activations, image, geometry.perLane);
  const [cursor, setCursor] = useState<Cursor | null>(null);
  const text = useCursorText(analysis, cols, data, cursor);

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx || width === 0) return;
    const t0 = performance.now();
    drawOverview(ctx, geometry, cols, data, colormapLut('viridis'));
    const ms = performance.now() - t0;
    if (canvas.current) canvas.current.dataset.drawMs = ms.toFixed(2);
    // Read by `npm run bench`: when the overview for these activations was on screen.
    if (data.every((d) => d !== null)) performance.mark('overview-drawn', { detail: { ms, image: engine.imageKey } });
  }, [geometry, cols, data, width, engine.imageKey]);

  useEffect(() => {
    const ctx = overlay.current?.getContext('2d');
    const info = cursor ? analysis.layers[cols[cursor.col]?.index ?? -1] : undefined;
    const input = analysis.layers[0]?.outputShape;
    const inputSize = input?.kind === 'spatial' ? input.hwc[0] : 0;
    if (ctx)
      drawHighlight(ctx, geometry, data, cursor && info ? { ...cursor, rf: info.receptiveField, inputSize } : null);
  }, [geometry, cols, data, analysis, cursor]);

  const isMaps = (col: number) => data[col]?.kind === 'maps';
  const channelAt = (c: Cursor) => {
    const d = data[c.col];
    return d?.kind === 'maps' ? d.picks[c.lane]?.[c.slot] : undefined;
  };
  const open = (c: Cursor | null) => {
    const ch = c ? channelAt(c) : undefined;
    const id = c ? cols[c.col]?.layerId : undefined;
    if (ch !== undefined && id) onOpen(id, ch);
  };
  const hit = (x: number, y: number) => {
    const el = canvas.current;
    if (!el) return null;
    const p = canvasPoint(el, x, y);
    const h = hitThumb(geometry, isMaps, p.x, p.y);
    return h && channelAt(h) !== undefined ? h : null;
  };
  /** Scrolls a sideways-scrolling stage so that column `col` is in view (keyboard moves only). */
  const revealColumn = (col: number) => {
    const box = stage.current;
    const c = geometry.columns[col];
    if (!box || !c) return;
    const pad = 8;
    if (c.x - pad < box.scrollLeft) box.scrollLeft = c.x - pad;
    else if (c.x + c.w + pad > box.scrollLeft + box.clientWidth) box.scrollLeft = c.x + c.w + pad - box.clientWidth;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    if (e.key === 'Enter' || e.key === ' ') open(cursor);
    else {
      const next = moveCursor(cursor, e.key, data, geometry.lanes);
      if (next === undefined) return;
      setCursor(next);
      if (next) revealColumn(next.col);
    }
    e.preventDefault();
  };
  const ready = data.every((d) => d !== null);
  const probs = engine.activations?.get(cols.find((c) => c.kind === 'top')?.layerId ?? '');

  return (
    <section className="overview" aria-labelledby="overview-title" data-testid="overview">
      <h2 id="overview-title">{t('overview.title')}</h2>
      <p className="overview-lead">{t(touch ? 'overview.leadTouch' : 'overview.lead')}</p>
      <WeightsBadge seed={seed} />
      {lanes === 2 ? <p className="overview-lead">{t('overview.towers')}</p> : null}
      {/* Narrower than its columns need (minColumnWidth): the stage scrolls sideways. */}
      <div ref={stage} className="overview-scroll" data-testid="overview-scroll">
        <div className="overview-stage" style={{ height, width }}>
          <OverviewHeads cols={cols} geometry={geometry} data={data} probs={probs} />
          <canvas
            ref={canvas}
            className="overview-canvas"
            width={width}
            height={height}
            tabIndex={0}
            role="img"
            aria-label={t('overview.canvas', { count: cols.length })}
            aria-describedby="overview-status"
            data-testid="overview-canvas"
            data-ready={ready}
            onPointerMove={(e) => {
              const h = hit(e.clientX, e.clientY);
              if (h) setCursor(h);
            }}
            onClick={(e) => open(hit(e.clientX, e.clientY))}
            onKeyDown={onKeyDown}
            onFocus={() => cursor ?? setCursor(moveCursor(null, 'Home', data, geometry.lanes) ?? null)}
          />
          <canvas ref={overlay} className="overview-overlay" width={width} height={height} aria-hidden="true" />
        </div>
      </div>
      <p id="overview-status" className="overview-status" role="status" data-testid="overview-status">
        {ready ? text : engine.error ? engine.error.message : t('view.computing')}
      </p>
    </section>
  );
}
