/**
 * The overview's canvas size: the stage's width (followed with a ResizeObserver), and a height
 * that fits the window below the page's bars (760 px on a 1080-px screen, 500 on 720).
 */
import { type RefObject, useEffect, useState } from 'react';

export function useStageSize(stage: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 480 });
  useEffect(() => {
    const el = stage.current;
    if (!el) return;
    const measure = () => {
      const width = Math.floor(el.clientWidth);
      const height = Math.max(420, Math.min(760, Math.round(window.innerHeight - 220)));
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [stage]);
  return size;
}
