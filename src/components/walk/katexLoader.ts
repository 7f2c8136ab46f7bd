/**
 * Loads KaTeX once, on demand. Until it is there a formula shows its plain-text form (the same
 * text screen readers get), so the first screen does not wait for ~80 KB of gzipped script.
 */
type Render = (tex: string, display: boolean) => string;

let render: Render | undefined;
let loading: Promise<Render> | undefined;

/** The renderer when KaTeX has loaded, else undefined. */
export function loadedTexRenderer(): Render | undefined {
  return render;
}

/** Starts loading KaTeX (once) and resolves with its renderer. */
export function loadTexRenderer(): Promise<Render> {
  loading ??= import('./katexRender').then((m) => {
    render = m.renderTex;
    return m.renderTex;
  });
  return loading;
}
