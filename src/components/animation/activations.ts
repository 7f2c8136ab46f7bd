/**
 * Small readers over the engine's activations: the layer before a given one (the engine hands
 * them over in layer order), and the most active channel of a stack.
 */
import type { TensorData } from '../../core/tensorData';
import { channelStats } from '../../viz/maps/channelStats';

/** Id and activation of the layer just before `id` (conv2 → pool1's output); undefined for the first. */
export function previousActivation(
  activations: ReadonlyMap<string, TensorData> | undefined,
  id: string,
): { readonly id: string; readonly data: TensorData } | undefined {
  if (!activations) return undefined;
  let prev: { id: string; data: TensorData } | undefined;
  for (const [key, data] of activations) {
    if (key === id) return prev;
    prev = { id: key, data };
  }
  return undefined;
}

/** The channel with the largest mean, and where its largest value is: where the examples look. */
export function topChannel(maps: TensorData): { channel: number; x: number; y: number } {
  const [h = 0, w = 0, c = 0] = maps.shape;
  const stats = channelStats(maps, [h, w, c]);
  let best = stats[0];
  for (const s of stats) if (best && s.mean > best.mean) best = s;
  return { channel: best?.channel ?? 0, x: best?.argmax.x ?? 0, y: best?.argmax.y ?? 0 };
}
