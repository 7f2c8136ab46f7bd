/** The first screen: pick a network, read its layer table, see where parameters and compute live. */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { analyze } from '../core/analyze';
import { variants } from '../core/variants';
import { Header } from './Header';
import { LayerTable } from './LayerTable';
import { type Notice, Notices } from './Notices';
import { PuzzleNote } from './PuzzleNote';
import { ShareChart } from './ShareChart';
import { Totals } from './Totals';
import { useViewState } from './useViewState';

export function App() {
  const { state, rejected, update, dismissRejected } = useViewState();
  const { t, i18n } = useTranslation();
  const spec = variants[state.variant];
  const analysis = useMemo(() => analyze(spec), [spec]);
  const layerKnown = spec.layers.some((l) => l.id === state.layer);

  useEffect(() => {
    if (i18n.language !== state.lang) void i18n.changeLanguage(state.lang);
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  }, [i18n, state.lang]);

  const notices: Notice[] = rejected.map((r) => ({
    key: `${r.key}=${r.value}`,
    text: t('notes.badValue', { key: r.key, value: r.value }),
  }));
  if (!layerKnown) notices.push({ key: 'layer', text: t('notes.badLayer', { value: state.layer, name: spec.name }) });

  const conv1 = spec.layers.find((l) => l.kind === 'conv');
  return (
    <div className="app">
      <Header
        variant={state.variant}
        lang={state.lang}
        onVariant={(variant) => update({ variant, layer: 'input' })}
        onLang={(lang) => update({ lang })}
      />
      <main>
        <Notices
          notices={notices}
          onDismiss={() => {
            dismissRejected();
            if (!layerKnown) update({ layer: 'input' });
          }}
        />
        <p className="provenance" data-testid="provenance">
          <strong>{t('variant.provenance')}:</strong> {spec.provenance}
        </p>
        <div className="summary-grid">
          <Totals analysis={analysis} />
          {spec.id === 'paper' && conv1?.kind === 'conv' ? <PuzzleNote conv1={conv1} /> : null}
        </div>
        <LayerTable analysis={analysis} name={spec.name} current={state.layer} onSelect={(layer) => update({ layer })} />
        <ShareChart analysis={analysis} />
        <footer className="app-footer">
          <p>{t('app.privacy')}</p>
        </footer>
      </main>
    </div>
  );
}
