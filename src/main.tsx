import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { PresenterView } from './components/lazyParts';
import { initI18n, setLanguage } from './i18n';
import { preloadSample } from './image/loadSample';
import { sampleKey } from './image/sampleIds';
import { startEngineEarly } from './state/engine/requestBuild';
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
// backend start-up, weight generation and decoding overlap the first render. The session asks
// for the same build once it renders and gets this one (the client memoises it).
if (!presenter) {
  startEngineEarly(state);
  const sample = state.image;
  if (sample !== 'upload') {
    // The decoded sample goes to the engine at once, for its early maps, rather than after the
    // first render has put it on screen (useEngine sends the same pixels, which then go nowhere).
    preloadSample(sample)
      .then((pixels) => pageEngine().showWhileBuilding(sampleKey(sample), pixels))
      .catch(() => undefined); // the page reports a sample that will not load
  }
}
initI18n('en');

function render(): void {
  const root = document.getElementById('root');
  if (!root) return;
  // The first render as a transition: React then renders the first screen in slices of a few
  // milliseconds, yielding between them, instead of one task of ~0.2–0.5 s on 2 cores; the
  // static frame in index.html stays painted meanwhile, and React replaces it on commit.
  const app = createRoot(root);
  startTransition(() => app.render(<StrictMode>{presenter ? <PresenterView /> : <App />}</StrictMode>));
}
// A page opened in Chinese fetches its strings (their own chunk) before the first render, so
// that no English flashes first; English renders at once.
if (state.lang === 'en') render();
else void setLanguage(state.lang).then(render, render);

// The offline copy for lecture halls whose Wi-Fi fails (production builds only).
registerServiceWorker();
