/**
 * The timed race where WebGPU cannot run (Node has no navigator.gpu, like this machine's
 * Chromium): it reports no timing, so probe.ts forgets the adapter, and it selects the
 * backend that was running before, so the engine's tensors stay where they were.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { expect, it, vi } from 'vitest';
import { raceGpus } from '../../src/tf/gpu/gpuTiming';

it('without WebGPU the race gives no timing and reselects the running backend', async () => {
  await tf.setBackend('cpu');
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const before = tf.memory().numTensors;
  await expect(raceGpus('cpu')).resolves.toBeUndefined();
  expect(tf.getBackend()).toBe('cpu');
  expect(tf.memory().numTensors).toBe(before); // nothing left behind
  expect(warn).toHaveBeenCalledWith('engine: the WebGPU/WebGL timed probe failed', expect.any(Error));
  warn.mockRestore();
});
