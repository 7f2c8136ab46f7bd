/**
 * The animation's clock: frame 0 … total − 1, play/pause, step, speed in windows per second.
 * Plays on requestAnimationFrame; under prefers-reduced-motion it moves one output row every
 * 0.6 s instead of sliding. Stops at the last window.
 */
import { useEffect, useRef, useState } from 'react';

export const speeds = [5, 30, 150, 600] as const;

export interface Player {
  readonly frame: number;
  readonly playing: boolean;
  readonly speed: number;
  readonly reduced: boolean;
  setFrame(f: number): void;
  toggle(): void;
  setSpeed(s: number): void;
}

function prefersReduced(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

/** `row`: windows per output row (the reduced-motion step). */
export function usePlayer(total: number, row: number): Player {
  const [frame, setFrameRaw] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(speeds[1]);
  const [reduced] = useState(prefersReduced);
  const last = Math.max(0, total - 1);
  const clamp = (f: number) => Math.min(last, Math.max(0, Math.round(f)));
  const pos = useRef(0);
  const shown = Math.min(frame, last);

  useEffect(() => {
    if (!playing) return;
    const advance = (by: number) => {
      pos.current = Math.min(last, pos.current + by);
      setFrameRaw(Math.floor(pos.current));
      if (pos.current >= last) setPlaying(false);
    };
    if (reduced) {
      const id = window.setInterval(() => advance(Math.max(1, row)), 600);
      return () => window.clearInterval(id);
    }
    let raf = 0;
    let prev = performance.now();
    const tick = (now: number) => {
      advance(((now - prev) / 1000) * speed);
      prev = now;
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [playing, speed, reduced, last, row]);

  return {
    frame: shown,
    playing,
    speed,
    reduced,
    setFrame: (f) => {
      setPlaying(false);
      setFrameRaw(clamp(f));
    },
    toggle: () => {
      // The loop starts from the frame on screen (or from 0 to replay a finished run).
      pos.current = !playing && shown >= last ? 0 : shown;
      if (!playing) setFrameRaw(pos.current);
      setPlaying(!playing);
    },
    setSpeed,
  };
}
