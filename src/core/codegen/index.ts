/** The three exporters behind `#code=pytorch|keras|tfjs`, with a file name for each. */
import type { Analysis } from '../analyze';
import { kerasCode } from './keras';
import { pytorchCode } from './pytorch';
import { tfjsCode } from './tfjs';

export const codeTargets = ['pytorch', 'keras', 'tfjs'] as const;
export type CodeTarget = (typeof codeTargets)[number];

/** File name for a download: "alexnet_seed.py", "alexnet_custom.mjs". */
export function codeFileName(target: CodeTarget, specId: string): string {
  const ext = target === 'tfjs' ? 'mjs' : 'py';
  const suffix = target === 'keras' ? '_keras' : '';
  return `alexnet_${specId}${suffix}.${ext}`;
}

/**
 * Source code for `target`; the analysis must be ok (the app never offers code for a broken
 * draft). `fileName` is what the download is called: the PyTorch file's docstring names it.
 */
export function exportCode(target: CodeTarget, analysis: Analysis, name: string, fileName?: string): string {
  if (target === 'pytorch') return pytorchCode(analysis, name, fileName);
  if (target === 'keras') return kerasCode(analysis, name);
  return tfjsCode(analysis, name);
}
