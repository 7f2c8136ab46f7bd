/**
 * The whole network as one picture, after the classic AlexNet figure: a block per feature-map
 * stack, a kernel cone into each conv, thin funnels for pooling, bars for dense layers, and a
 * rail of dots for the in-place steps (ReLU, LRN, dropout, softmax). Every block and dot is a
 * button that selects its layer. The layout is pure maths (viz/networkDiagram); React draws it.
 */
import { Fragment, type KeyboardEvent, type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../core/analyze';
import { pointsAttr } from '../viz/diagramGeometry';
import { type DiagramBlock, type DiagramLayout, type DiagramStep, blockOf, layoutNetwork } from '../viz/networkDiagram';
import './NetworkDiagram.css';

export interface NetworkDiagramProps {
  readonly analysis: Analysis;
  /** The network's name, for the picture's accessible label. */
  readonly name: string;
  /** Id of the current layer; an in-place layer (`relu1`) highlights its block (`conv1`). */
  readonly current: string;
  readonly onSelect: (layerId: string) => void;
  /** Width in px; when absent the diagram follows its container (ResizeObserver). */
  readonly width?: number;
  /** The one-line key under the picture; on unless turned off. */
  readonly legend?: boolean;
  /** Quiz mode: no output shapes, neither drawn nor in the blocks' names (they are answers). */
  readonly hideShapes?: boolean;
  /** A block whose shape shows even so (quiz mode: the step just answered). */
  readonly revealed?: string;
  /** Height of the drawing band, px (the boxes' tallest face); smaller on short screens. */
  readonly region?: number;
}

/** Narrowest layout width, px: below it the labels of a long network would overlap. */
const minWidth = 860;
/** Height of the drawing band, px: compact, so the step fits under the diagram on a laptop. */
const compactRegion = 110;

export function NetworkDiagram({
  analysis,
  name,
  current,
  onSelect,
  width,
  legend = true,
  hideShapes = false,
  revealed,
  region = compactRegion,
}: NetworkDiagramProps) {
  const { t } = useTranslation();
  const labelT = t as unknown as T;
  const [ref, measured] = useContainerWidth(width);
  // Never squeezed below minWidth (labels would collide): a narrower screen scrolls the
  // diagram sideways as a strip, kept on the current layer by useKeepInView.
  const layout = useMemo(
    () => layoutNetwork(analysis.layers, Math.max(minWidth, measured), region),
    [analysis.layers, measured, region],
  );
  const host = blockOf(layout, current);
  const grouped = layout.blocks.some((b) => b.towers > 1);
  const hostX = layout.blocks.find((b) => b.id === host)?.cx;
  useKeepInView(ref, hostX);
  const activate = (id: string): Activate => ({
    onClick: () => onSelect(id),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onSelect(id);
      }
    },
  });

  return (
    <figure className="network-diagram" data-testid="network-diagram" data-shapes-hidden={hideShapes || undefined}>
      <div className="nd-scroll" ref={ref}>
        <svg
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-label={t('diagram.label', { name })}
        >
          <Rail layout={layout} host={host} />
          {/* Each block followed by its steps, so Tab walks the network in order. */}
          {layout.blocks.map((b) => (
            <Fragment key={b.id}>
              <Block
                block={b}
                state={b.id === current ? 'current' : b.id === host ? 'host' : 'none'}
                label={blockLabel(b, labelT, hideShapes && b.id !== revealed)}
                activate={activate(b.id)}
                hideShape={hideShapes && b.id !== revealed}
              />
              {layout.steps
                .filter((s) => s.host === b.id)
                .map((s) => (
                  <Step
                    key={s.id}
                    step={s}
                    current={s.id === current}
                    label={stepLabel(s, labelT)}
                    activate={activate(s.id)}
                  />
                ))}
            </Fragment>
          ))}
          <Connections layout={layout} />
        </svg>
      </div>
      {legend ? <DiagramLegend grouped={grouped} /> : null}
    </figure>
  );
}

/**
 * The labels' translate function, with plain string keys: checking computed keys such as
 * `kind.${kind}` against every namespace's keys grew past tsc's instantiation depth once the
 * app had more namespaces. The keys are plain data in src/content (tests/i18n checks them).
 */
type T = (key: string, options?: Record<string, unknown>) => string;

interface Activate {
  readonly onClick: () => void;
  readonly onKeyDown: (e: KeyboardEvent) => void;
}

interface BlockProps {
  readonly block: DiagramBlock;
  /** The current layer itself, or the block an in-place current layer works on. */
  readonly state: 'current' | 'host' | 'none';
  readonly label: string;
  readonly activate: Activate;
  readonly hideShape: boolean;
}

/** One feature-map stack or vector bar, with its id above and its shape below. */
function Block({ block: b, state, label, activate, hideShape }: BlockProps) {
  const cls = `nd-node nd-block nd-role-${b.role}${state === 'none' ? '' : ` nd-${state}`}`;
  return (
    <g
      className={cls}
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-current={state === 'current' ? 'step' : undefined}
      data-layer={b.id}
      {...activate}
    >
      <title>{label}</title>
      <rect className="nd-ring" x={b.hit.x} y={b.hit.y} width={b.hit.width} height={b.hit.height} rx={8} />
      {b.boxes.map((c, j) => (
        <g key={j} className={`nd-box nd-tower-${j}`}>
          <polygon className="nd-front" points={pointsAttr(c.front)} />
          <polygon className="nd-top" points={pointsAttr(c.top)} />
          <polygon className="nd-side" points={pointsAttr(c.side)} />
        </g>
      ))}
      <text className="nd-id" x={b.idLabel.x} y={b.idLabel.y}>
        {b.idLabel.text}
      </text>
      {hideShape ? null : (
        <text className="nd-shape" x={b.shapeLabel.x} y={b.shapeLabel.y}>
          {b.shapeLabel.text}
        </text>
      )}
    </g>
  );
}

function blockLabel(b: DiagramBlock, t: T, hideShape: boolean): string {
  const kind = t(`kind.${b.kind}`);
  const values = { id: b.id, kind, shape: hideShape ? '?' : b.shape, groups: b.towers };
  return b.towers > 1 ? t('diagram.blockGrouped', values) : t('diagram.block', values);
}

function stepLabel(s: DiagramStep, t: T): string {
  return t('diagram.step', { id: s.id, kind: t(`kind.${s.kind}`), host: s.host });
}

/** Kernel cones and funnels, drawn over the blocks (the classic figure is a wireframe). */
function Connections({ layout }: { layout: DiagramLayout }) {
  return (
    <g className="nd-connections" aria-hidden="true">
      {layout.links.map((l) => (
        <g key={`${l.from}-${l.to}`} className={`nd-link nd-link-${l.style}`}>
          {l.lines.map(([a, b], i) => (
            <line key={i} x1={a[0]} y1={a[1]} x2={b[0]} y2={b[1]} />
          ))}
        </g>
      ))}
      {layout.kernels.map((k) => (
        <g key={`${k.layerId}-${k.group}`} className={`nd-kernel nd-kernel-${k.groups > 1 ? k.group : 'all'}`}>
          {k.lines.map(([a, b], i) => (
            <line key={i} x1={a[0]} y1={a[1]} x2={b[0]} y2={b[1]} />
          ))}
          {k.pieces.map((c, i) => (
            <g key={i}>
              <polygon points={pointsAttr(c.front)} />
              <polygon points={pointsAttr(c.top)} />
              <polygon points={pointsAttr(c.side)} />
            </g>
          ))}
          <circle cx={k.target[0]} cy={k.target[1]} r={2.5} />
          {k.label ? (
            <text className="nd-kernel-label" x={k.label.x} y={k.label.y}>
              {k.label.text}
            </text>
          ) : null}
        </g>
      ))}
    </g>
  );
}

/** The network in order along one line, with a node under each block. */
function Rail({ layout, host }: { layout: DiagramLayout; host: string | undefined }) {
  const { rail } = layout;
  if (!rail) return null;
  return (
    <g className="nd-rail" aria-hidden="true">
      <line className="nd-rail-line" x1={rail.x1} x2={rail.x2} y1={rail.y} y2={rail.y} />
      {layout.blocks.map((b) => (
        <circle
          key={b.id}
          className={`nd-rail-node nd-role-${b.role}${b.id === host ? ' nd-on' : ''}`}
          cx={b.cx}
          cy={rail.y}
          r={4}
        />
      ))}
    </g>
  );
}

interface StepProps {
  readonly step: DiagramStep;
  readonly current: boolean;
  readonly label: string;
  readonly activate: Activate;
}

/** An in-place layer (ReLU, LRN, dropout, softmax): a dot on the rail; its id shows when current. */
function Step({ step: s, current, label, activate }: StepProps) {
  return (
    <g
      className={`nd-node nd-step nd-step-${s.kind}${current ? ' nd-current' : ''}`}
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-current={current ? 'step' : undefined}
      data-layer={s.id}
      {...activate}
    >
      <title>{label}</title>
      <circle className="nd-ring" cx={s.x} cy={s.y} r={8} />
      <circle className="nd-dot" cx={s.x} cy={s.y} r={4.5} />
      <text className="nd-step-label" x={s.label.x} y={s.label.y}>
        {s.label.text}
      </text>
    </g>
  );
}

/** The key: what height, thickness, the kernel box, dashed funnels, split boxes and dots mean. */
export function DiagramLegend({ grouped, as = 'figcaption' }: { grouped: boolean; as?: 'figcaption' | 'div' }) {
  const { t } = useTranslation();
  const Tag = as;
  return (
    <Tag className="nd-legend">
      <span>{t('diagram.legend.boxes')}</span>
      <span className="nd-key nd-key-kernel">{t('diagram.legend.kernel')}</span>
      <span className="nd-key nd-key-pool">{t('diagram.legend.pool')}</span>
      {grouped ? <span className="nd-key nd-key-groups">{t('diagram.legend.groups')}</span> : null}
      <span className="nd-key nd-key-steps">{t('diagram.legend.steps')}</span>
    </Tag>
  );
}

/**
 * When the picture is wider than its box (a long network on a narrow screen), scrolls the
 * current block into view; smoothly unless the reader prefers reduced motion.
 */
function useKeepInView(ref: RefObject<HTMLDivElement | null>, x: number | undefined) {
  useEffect(() => {
    const el = ref.current;
    if (!el || x === undefined || el.scrollWidth <= el.clientWidth) return;
    if (x > el.scrollLeft + 40 && x < el.scrollLeft + el.clientWidth - 40) return;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    el.scrollTo({ left: x - el.clientWidth / 2, behavior: reduce ? 'auto' : 'smooth' });
  }, [ref, x]);
}

/** The container's width in px, followed with a ResizeObserver; `fixed` wins when given. */
function useContainerWidth(fixed: number | undefined) {
  const ref = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState<number | undefined>(undefined);
  useEffect(() => {
    const el = ref.current;
    if (fixed !== undefined || !el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      // Whole pixels only, so sub-pixel jitter does not re-lay the diagram out.
      if (w && w > 0) setMeasured(Math.floor(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [fixed]);
  return [ref, fixed ?? measured ?? 1000] as const;
}
