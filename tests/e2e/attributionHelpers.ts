/** PyTorch's Grad-CAM (scripts/attribution_reference.py) for a weight file, on the app's own input. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Layer } from './weightsHelpers';

export function torchAttributions(weights: string, input: Layer): { gradcam: Float32Array } {
  const dir = mkdtempSync(join(tmpdir(), 'attr-ref-'));
  const inputPath = join(dir, 'input.f32');
  writeFileSync(inputPath, Buffer.from(input.data.buffer, input.data.byteOffset, input.data.byteLength));
  execFileSync(
    '/usr/bin/python3',
    ['scripts/attribution_reference.py', weights, inputPath, String(input.shape[0]), dir],
    {
      stdio: 'pipe',
    },
  );
  const b = readFileSync(join(dir, 'gradcam.f32'));
  return { gradcam: new Float32Array(b.buffer, b.byteOffset, b.byteLength / 4) };
}
