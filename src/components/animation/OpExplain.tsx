/**
 * ReLU, max-pool, LRN, dropout and softmax, each explained with its real numbers at one place
 * of the current photo's maps, and checked against the engine's output of the layer.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dropoutMask, lrnAt, patchAt, poolWindow, relu, softmaxWorking } from '../../core/ops/explain';
import type { LayerSpec } from '../../core/spec';
import type { TensorData } from '../../core/tensorData';
import { maxAbsDiff } from '../../core/ops/decompose';
import { formatPercent, formatValue } from '../../viz/maps/format';
import { mapValue } from '../../viz/maps/featureGrid';
import { useClassNames } from '../walk/useClassNames';
import { topChannel } from './activations';

interface Props {
  readonly layer: LayerSpec;
  readonly input: TensorData;
  readonly output: TensorData;
}

const hwcOf = (t: TensorData) => [t.shape[0] ?? 0, t.shape[1] ?? 0, t.shape[2] ?? 1] as const;

/** A square patch as a small table; `mark(i)` gives a cell's class. */
function PatchTable({
  values,
  size,
  mark,
  caption,
}: {
  values: readonly number[];
  size: number;
  mark: (i: number) => string;
  caption: string;
}) {
  return (
    <table className="op-table">
      <caption>{caption}</caption>
      <tbody>
        {Array.from({ length: size }, (_, r) => (
          <tr key={r}>
            {values.slice(r * size, r * size + size).map((v, c) => (
              <td key={c} className={mark(r * size + c)}>
                {formatValue(v, 2)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OpExplain({ layer, input, output }: Props) {
  const { t } = useTranslation();
  const names = useClassNames(layer.kind === 'softmax');
  const spatial = input.shape.length === 3;
  const top = useMemo(
    () => (spatial ? topChannel(spatial && layer.kind === 'maxpool' ? output : input) : null),
    [spatial, layer.kind, input, output],
  );

  if (layer.kind === 'relu' && top && spatial) {
    const p = patchAt(input, top.channel, top.x - 2, top.y - 2, 5);
    const after = relu(p.values);
    return (
      <section className="op-explain" data-testid="op-relu">
        <h3>{t('overview.ops.reluHeading')}</h3>
        <p>
          {t('overview.ops.reluLead', {
            channel: top.channel,
            layer: layer.id,
            negatives: p.values.filter((v) => v < 0).length,
            n: p.values.length,
          })}
        </p>
        <div className="build-row">
          <PatchTable
            values={p.values}
            size={p.size}
            mark={(i) => ((p.values[i] ?? 0) < 0 ? 'neg' : '')}
            caption={t('overview.ops.before')}
          />
          <span className="op">→</span>
          <PatchTable values={after} size={p.size} mark={() => ''} caption={t('overview.ops.after')} />
        </div>
      </section>
    );
  }
  if (layer.kind === 'maxpool' && top && spatial) {
    const ox = Math.min(top.x, (output.shape[1] ?? 1) - 1);
    const oy = Math.min(top.y, (output.shape[0] ?? 1) - 1);
    const w = poolWindow(input, top.channel, layer.size, layer.stride, ox, oy);
    const engine = mapValue(output, hwcOf(output), top.channel, ox, oy);
    return (
      <section className="op-explain" data-testid="op-pool">
        <h3>{t('overview.ops.poolHeading')}</h3>
        <p>
          {t('overview.ops.poolLead', {
            x: ox,
            y: oy,
            channel: top.channel,
            size: layer.size,
            x0: w.patch.x0,
            y0: w.patch.y0,
            max: formatValue(w.max),
            layer: layer.id,
            engine: formatValue(engine),
          })}
        </p>
        <PatchTable
          values={w.patch.values}
          size={w.patch.size}
          mark={(i) => (i === w.winner ? 'win' : '')}
          caption={`${layer.id} · ${top.channel}`}
        />
      </section>
    );
  }
  if (layer.kind === 'lrn' && top && spatial) {
    const l = lrnAt(input, layer, top.channel, top.x, top.y);
    const engine = mapValue(output, hwcOf(output), top.channel, top.x, top.y);
    const n = l.neighbours;
    return (
      <section className="op-explain" data-testid="op-lrn">
        <h3>{t('overview.ops.lrnHeading')}</h3>
        <p>
          {t('overview.ops.lrnFormula', {
            n: layer.size,
            k: layer.k,
            alpha: l.alphaUsed.toExponential(1),
            beta: layer.beta,
          })}
        </p>
        <p>
          {t('overview.ops.lrnNeighbours', {
            from: n[0]?.channel ?? 0,
            to: n.at(-1)?.channel ?? 0,
            x: top.x,
            y: top.y,
          })}
        </p>
        <table className="op-table">
          <tbody>
            <tr>
              {n.map((v) => (
                <th key={v.channel} scope="col">
                  {v.channel}
                </th>
              ))}
            </tr>
            <tr>
              {n.map((v) => (
                <td key={v.channel} className={v.channel === top.channel ? 'win' : ''}>
                  {formatValue(v.value)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
        <p>
          {t('overview.ops.lrnSum', {
            sum: formatValue(l.sumSquares),
            k: layer.k,
            alpha: l.alphaUsed.toExponential(1),
            beta: layer.beta,
            den: l.denominator.toFixed(6),
          })}
        </p>
        <p data-testid="lrn-result">
          {t('overview.ops.lrnResult', {
            channel: top.channel,
            before: formatValue(l.before),
            after: formatValue(l.after),
            layer: layer.id,
            engine: formatValue(engine),
          })}
        </p>
      </section>
    );
  }
  if (layer.kind === 'dropout') {
    const n = 64;
    const mask = dropoutMask(n, layer.rate, 7);
    const kept = mask.reduce((s, v) => s + v, 0);
    const scale = 1 / (1 - layer.rate);
    return (
      <section className="op-explain" data-testid="op-dropout">
        <h3>{t('overview.ops.dropoutHeading')}</h3>
        <p>
          {t('overview.ops.dropoutTrain', {
            rate: layer.rate,
            kept,
            n,
            scale: formatValue(scale, 2),
            keep: 1 - layer.rate,
          })}
        </p>
        <div className="dropout-grid" role="img" aria-label={t('overview.ops.dropoutGrid', { n, layer: layer.id })}>
          {Array.from({ length: n }, (_, i) => (
            <span key={i} className={mask[i] ? '' : 'dropped'}>
              {formatValue(mask[i] ? (input.data[i] ?? 0) * scale : (input.data[i] ?? 0), 1)}
            </span>
          ))}
        </div>
        <p>{t('overview.ops.dropoutInfer', { layer: layer.id, diff: maxAbsDiff(input.data, output.data) })}</p>
      </section>
    );
  }
  if (layer.kind === 'softmax') {
    const s = softmaxWorking(input.data, 5);
    return (
      <section className="op-explain" data-testid="op-softmax">
        <h3>{t('overview.ops.softmaxHeading')}</h3>
        <p>
          {t('overview.ops.softmaxLead', { max: formatValue(s.max), n: input.data.length, sum: formatValue(s.sum) })}
        </p>
        <table className="op-table">
          <thead>
            <tr>
              <th scope="col">{t('overview.ops.cls')}</th>
              <th scope="col">{t('overview.ops.logit')}</th>
              <th scope="col">{t('overview.ops.exp')}</th>
              <th scope="col">{t('overview.ops.share')}</th>
              <th scope="col">{t('overview.ops.engine')}</th>
            </tr>
          </thead>
          <tbody>
            {s.top.map((r) => (
              <tr key={r.index}>
                <th scope="row">{names?.[r.index] ?? r.index}</th>
                <td>{formatValue(r.logit)}</td>
                <td>{formatValue(r.exp)}</td>
                <td data-testid="softmax-share">{formatPercent(r.share)}</td>
                <td>{formatPercent(output.data[r.index] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    );
  }
  return null;
}
