import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { PresenterView } from './components/presenter/PresenterView';
import { initI18n } from './i18n';
import { parseHash } from './state/viewState';
import { registerServiceWorker } from './sw/register';
import './styles.css';

initI18n(parseHash(window.location.hash).state.lang);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {/* `?presenter`: the speaker's second window of presentation mode. */}
      {new URLSearchParams(window.location.search).has('presenter') ? <PresenterView /> : <App />}
    </StrictMode>,
  );
}

// The offline copy for lecture halls whose Wi-Fi fails (production builds only).
registerServiceWorker();
