import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { initI18n } from './i18n';
import { parseHash } from './state/viewState';
import { registerServiceWorker } from './sw/register';
import './styles.css';
// After the base styles, which it adjusts (issue 13's layout).
import './components/layout.css';
import './fonts.css';

initI18n(parseHash(window.location.hash).state.lang);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// The offline copy for lecture halls whose Wi-Fi fails (production builds only).
registerServiceWorker();
