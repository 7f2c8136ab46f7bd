/** Whether the reader points with a finger (no hover, no wheel): hints then say "tap" and "pinch". */
import { useMediaQuery } from './useMediaQuery';

export function useCoarsePointer(): boolean {
  return useMediaQuery('(pointer: coarse)');
}
