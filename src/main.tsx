import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { variants } from './core/variants';
import { PresenterView } from './components/lazyParts';
import { initI18n } from './i18n';
import { preloadSample } from './image/loadSample';
import { sampleKey } from './image/sampleIds';
import { parseHash } from './state/viewState';
import { registerServiceWorker } from './sw/register';
import { pageEngine } from './tf/client';
import './styles.css';
// After the base styles, which it adjusts (issue 13's layout).
import './components/layout.css';
import './fonts.css';

const { state } = parseHash(window.location.hash);
/** `?presenter`: the speaker's second window of presentation mode (notes and controls, no engine). */
const presenter = new URLSearchParams(window.location.search).has('presenter');
// The engine worker, its weights and the sample photo start before React renders, so that
// backend start-up, weight generation and decoding overlap the first render. The app asks for
// the same build in its first render and gets this one (the client memoises it).
if (!presenter) {
  const engine = pageEngine();
  engine.build(variants[state.variant], state.seed, state.backend).catch(() => {
    // Errors and superseding are the app's to show: it holds the same promise.
  });
  // Weights kept on this device: asked for now, so the weights hook finds the answer waiting.
  if (state.weights === '') engine.restoreKept().catch(() => undefined);
  const sample = state.image;
  if (sample !== 'upload') {
    // The decoded sample goes to the engine at once, for its early maps, rather than after the
    // first render has put it on screen (useEngine sends the same pixels, which then go nowhere).
    preloadSample(sample)
      .then((pixels) => engine.showWhileBuilding(sampleKey(sample), pixels))
      .catch(() => undefined); // the page reports a sample that will not load
  }
}
initI18n(state.lang);

const root = document.getElementById('root');
if (root) {
  // The first render as a transition: React then renders the first screen in slices of a few
  // milliseconds, yielding between them, instead of one task of ~0.2–0.5 s on 2 cores; the
  // static frame in index.html stays painted meanwhile, and React replaces it on commit.
  const app = createRoot(root);
  startTransition(() => app.render(<StrictMode>{presenter ? <PresenterView /> : <App />}</StrictMode>));
}

// The offline copy for lecture halls whose Wi-Fi fails (production builds only).
registerServiceWorker();
