/**
 * The 1000 ImageNet class names (public/imagenet-classes.json, same origin), fetched once when
 * the output step first needs them. English only; undefined until loaded or if it fails.
 */
import { useEffect, useState } from 'react';

let cache: Promise<readonly string[] | undefined> | undefined;

function load(): Promise<readonly string[] | undefined> {
  cache ??= fetch(`${import.meta.env.BASE_URL}imagenet-classes.json`)
    .then((r) => (r.ok ? (r.json() as Promise<unknown>) : undefined))
    .then((v) => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : undefined))
    .catch(() => undefined);
  return cache;
}

export function useClassNames(active: boolean): readonly string[] | undefined {
  const [names, setNames] = useState<readonly string[] | undefined>(undefined);
  useEffect(() => {
    if (!active || names) return;
    let live = true;
    void load().then((n) => {
      if (live) setNames(n);
    });
    return () => {
      live = false;
    };
  }, [active, names]);
  return names;
}
