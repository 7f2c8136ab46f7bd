// Unit tests render in either language at will: Chinese, a chunk of its own in the app (loaded
// before it is shown), is registered once here so that initI18n('zh') switches synchronously.
// The browser tests check the real loading.
import { initI18n, loadLanguage } from '../../src/i18n';

initI18n('en');
await loadLanguage('zh');
