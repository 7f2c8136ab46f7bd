/** Downloads of a map: its raw values as CSV (core/attribution/csv.ts) and the drawn picture as PNG. */
import { mapToCsv } from '../../core/attribution/csv';
import type { TensorData } from '../../core/tensorData';
import { downloadBlob, textBlob } from '../classroom/download';

/** A file name without spaces: attribution-gradcam-sample-cat-13x13.csv. */
export function mapFileName(method: string, imageKey: string, map: TensorData, ext: 'csv' | 'png'): string {
  const safe = imageKey.replace(/[^a-z0-9-]+/gi, '-');
  return `attribution-${method}-${safe}-${map.shape.join('x')}.${ext}`;
}

export function downloadCsv(map: TensorData, name: string): void {
  downloadBlob(textBlob(mapToCsv(map), 'text/csv'), name);
}

export function downloadPng(canvas: HTMLCanvasElement, name: string): void {
  canvas.toBlob((blob) => {
    if (blob) downloadBlob(blob, name);
  }, 'image/png');
}
