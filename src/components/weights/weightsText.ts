/** Words for an imported file: where its weights come from, why one was refused. */
import type { TFunction } from 'i18next';
import { formatBytes } from '../../core/format';
import type { ImportedSummary } from '../../state/weights/types';
import type { WeightsRefusal } from '../../state/weights/useWeights';

/** "the official torchvision weights (alexnet-owt-7be5be79.pth)", "ONNX graph bvlc.onnx", or the file name. */
export function sourceLabel(t: TFunction, s: ImportedSummary): string {
  if (s.official) return t('weights.source.official', { file: s.fileName });
  return t(s.format === 'onnx' ? 'weights.source.onnx' : 'weights.source.file', { file: s.fileName });
}

/** "PyTorch checkpoint (zip), 244 MB, SHA-256 7be5be79…". */
export function detailsLine(t: TFunction, s: ImportedSummary): string {
  return t('weights.current.details', {
    format: t(`weights.format.${s.format}`),
    size: formatBytes(s.bytes),
    hash: s.sha256.slice(0, 12),
  });
}

/**
 * The refusal as one sentence, then every parameter the reader gave (tensor, global, operator,
 * offset…), so that nothing it named is lost whatever the message's own placeholders are.
 */
export function refusalText(t: TFunction, r: WeightsRefusal): string {
  const params = Object.entries(r.params);
  const reason = t(`weights.error.${r.code}`, { ...r.params, defaultValue: t('weights.error.notWeights') });
  const list = params.map(([k, v]) => `${k}: ${typeof v === 'number' && k.match(/bytes|limit/) ? formatBytes(v) : v}`);
  const detail =
    list.length > 0 && r.code !== 'otherOrigin' ? ` ${t('weights.detail', { list: list.join(', ') })}` : '';
  return `${t('weights.refused', { name: r.fileName, reason })}${detail} ${t('weights.kept_previous')}`;
}
