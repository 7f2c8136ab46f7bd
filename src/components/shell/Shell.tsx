/**
 * The app shell: a header that stays (title, views, mode, language; then the network on screen,
 * its weights, the photo and the status), the drawers that open under it, the notices that reach
 * the reader wherever they are, the page-wide drop and paste, and the current view below. On a
 * phone the header's controls fold behind "Menu".
 */
import { type ReactNode, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../state/session';
import { statusOf } from '../../state/status';
import { DiagnosticsPanel } from '../DiagnosticsPanel';
import { CurrentImage } from '../image/CurrentImage';
import { ImagePicker } from '../image/ImagePicker';
import { useImageIntake } from '../image/useImageIntake';
import { useImageText } from '../image/useImageText';
import { usePageDrop } from '../image/usePageDrop';
import { usePaste } from '../image/usePaste';
import { FashionSamples } from '../lazyParts';
import { WeightsPanel } from '../weights/WeightsPanel';
import { DragOverlay } from './DragOverlay';
import { Drawer } from './Drawer';
import { NetworkChooser } from './NetworkChooser';
import { PhotoChip } from './PhotoChip';
import { StatusLine } from './StatusLine';
import { Toasts } from './Toasts';
import { TopBar } from './TopBar';
import { WeightsChip } from './WeightsChip';
import './shell.css';

type DrawerId = 'photo' | 'weights' | 'diagnostics';

/**
 * Publishes the header's height as `--shell-height` on the root: jumps to a heading land under
 * the sticky header (scroll-padding-top), and a drawer fits the rest of the screen.
 */
function useHeaderHeight() {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() =>
      root.style.setProperty('--shell-height', `${Math.ceil(el.offsetHeight)}px`),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return ref;
}

export function Shell({ session, children }: { session: Session; children: ReactNode }) {
  const { t } = useTranslation();
  const imageText = useImageText();
  const { view, network, weights, engine, image } = session;
  const [drawer, setDrawer] = useState<DrawerId | null>(null);
  const toggle = (d: DrawerId) => setDrawer((open) => (open === d ? null : d));
  const close = useCallback(() => setDrawer(null), []);
  // A new photo in use shuts the picker: the reader sees what the network makes of it.
  const imageKey = image.image?.key;
  const [shownKey, setShownKey] = useState(imageKey);
  if (imageKey !== shownKey) {
    setShownKey(imageKey);
    if (drawer === 'photo') setDrawer(null);
  }

  // One intake for every photo the reader gives: the picker, a drop anywhere, a paste.
  const inputLayer = network.spec.layers[0];
  const inputSize = inputLayer?.kind === 'input' ? inputLayer.size : 227;
  const intake = useImageIntake(session.setUpload, inputSize);
  const { takeFiles } = session;
  const route = useCallback(
    (files: readonly File[], name?: string) =>
      void takeFiles(files).then((images) => images.length > 0 && intake.takeFiles(images, name)),
    [takeFiles, intake],
  );
  const pickerRoot = useRef<HTMLDivElement>(null);
  const dragging = usePageDrop({ onFiles: route, onRefuse: intake.refuse });
  usePaste({ onFiles: (files) => route(files, t('image.pick.pasted')), onRefuse: intake.refuse, near: pickerRoot });

  const progressFile = weights.importing && !weights.restoring ? weights.progress.get()?.fileName : undefined;
  const status = statusOf({ engine: engine.status, restoring: weights.restoring, importing: progressFile });
  const present = view.state.mode === 'present';
  const header = useHeaderHeight();

  return (
    <div className={present ? 'app presenting' : 'app'}>
      <a className="skip-link" href="#view">
        {t('shell.skip')}
      </a>
      <header className="shell-header" data-testid="shell-header" ref={header}>
        <TopBar session={session} />
        <div className="context-bar present-hide" data-testid="context-bar">
          <NetworkChooser value={network.choice} entries={network.entries} onChoose={session.chooseNetwork} />
          <WeightsChip network={network} open={drawer === 'weights'} onToggle={() => toggle('weights')} />
          <PhotoChip chosen={image} open={drawer === 'photo'} onToggle={() => toggle('photo')} />
          <StatusLine
            status={status}
            error={engine.error?.message}
            backend={engine.backend?.name}
            open={drawer === 'diagnostics'}
            onToggle={() => toggle('diagnostics')}
          />
        </div>
        <div className="drawers">
          <Drawer id="drawer-photo" title={t('shell.drawer.photo')} open={drawer === 'photo'} onClose={close}>
            <div ref={pickerRoot}>
              <CurrentImage chosen={image} />
              <ImagePicker
                current={view.state.image}
                intake={intake}
                onFiles={route}
                onSample={session.chooseSample}
                inputSize={inputSize}
                dragging={dragging !== null}
              />
              {network.preset === 'fashion' ? (
                <FashionSamples current={image.image?.key ?? ''} onPick={session.setUpload} />
              ) : null}
            </div>
          </Drawer>
          <Drawer id="drawer-weights" title={t('shell.drawer.weights')} open={drawer === 'weights'} onClose={close}>
            <WeightsPanel
              view={weights}
              seed={view.state.seed}
              shown={network.choice === 'imported'}
              onShow={() => session.chooseNetwork('imported')}
            />
          </Drawer>
          <Drawer
            id="drawer-diagnostics"
            title={t('shell.drawer.diagnostics')}
            open={drawer === 'diagnostics'}
            onClose={close}
          >
            <DiagnosticsPanel view={engine} />
          </Drawer>
        </div>
        <Toasts session={session} />
        {/* A refused photo said where the reader is when the picker is shut (open, it says it itself). */}
        {intake.refusal && drawer !== 'photo' ? (
          <div className="toasts">
            <div className="toast toast-alert">
              <p className="toast-body" role="alert" data-testid="image-alert">
                {imageText.problem(intake.refusal.problem, intake.refusal.name)} {t('image.pick.kept')}
              </p>
              <button type="button" className="link-button" onClick={intake.clear}>
                {t('shell.toast.dismiss')}
              </button>
            </div>
          </div>
        ) : null}
      </header>
      {children}
      <footer className="app-footer present-hide">
        <p>{t('app.privacy')}</p>
      </footer>
      <DragOverlay dragging={dragging} />
    </div>
  );
}
