/**
 * The photo drawer's Fashion-MNIST row, shown while the network on screen was trained in the
 * lab: one test image per class, drawn at 4× (pixelated), each a button that shows it to the
 * network. Loaded with the lab's strings (class names), in its own chunk (lazyParts.tsx).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { addLabStrings } from '../../content/labStrings';
import type { RgbaImage } from '../../core/tensorData';
import type { PickedImage } from '../../image/picked';
import { useFashionSamples } from '../../state/image/useFashionSamples';

addLabStrings();

function Thumb({ image }: { readonly image: RgbaImage }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (ctx) ctx.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
  }, [image]);
  return <canvas ref={canvas} width={image.width} height={image.height} className="fashion-thumb" aria-hidden />;
}

export function FashionSamples({ current, onPick }: { current: string; onPick: (image: PickedImage) => void }) {
  const { t } = useTranslation();
  const state = useFashionSamples();
  return (
    <section className="fashion-samples" aria-labelledby="fashion-samples-heading" data-testid="fashion-samples">
      <h3 id="fashion-samples-heading">{t('image.fashion.heading')}</h3>
      <p className="muted">{t('image.fashion.intro')}</p>
      {state.kind === 'loading' ? <p role="status">{t('image.fashion.loading')}</p> : null}
      {state.kind === 'failed' ? (
        <p className="image-alert" role="alert">
          {t('image.fashion.failed', { message: state.message })}
        </p>
      ) : null}
      {state.kind === 'ready' ? (
        <ul className="fashion-list">
          {state.samples.map((s) => {
            const name = t('image.fashion.item', { name: t(`lab.classes.${s.className}`), index: s.index });
            return (
              <li key={s.id}>
                <button
                  type="button"
                  aria-pressed={current === s.id}
                  onClick={() => onPick({ key: s.id, pixels: s.image, name, notes: [] })}
                  data-testid={`fashion-sample-${s.className}`}
                >
                  <Thumb image={s.image} />
                  <span>{t(`lab.classes.${s.className}`)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
