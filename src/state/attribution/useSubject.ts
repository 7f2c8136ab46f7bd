/**
 * The subject of the attribution view, from what the page already knows: the chosen image,
 * the network's spec, seed and imported file, and whether the engine has run that image on it.
 */
import { useMemo } from 'react';
import type { NetworkSpec } from '../../core/spec';
import type { RgbaImage } from '../../core/tensorData';
import type { PreprocessPreset } from '../../core/weights/types';
import { type AttributionSubject, networkIdentity } from './subject';

export function useAttributionSubject(
  image: { readonly key: string; readonly pixels: RgbaImage } | null,
  spec: NetworkSpec,
  seed: number,
  weightsSha256: string | null,
  preset: PreprocessPreset | undefined,
  ready: boolean,
): AttributionSubject {
  const network = useMemo(() => networkIdentity(spec, seed, weightsSha256), [spec, seed, weightsSha256]);
  const key = image?.key;
  const pixels = image?.pixels;
  return useMemo(
    () => ({
      image: key !== undefined && pixels ? { key, pixels } : null,
      network,
      ready,
      ...(preset ? { preset } : {}),
    }),
    [key, pixels, network, ready, preset],
  );
}
