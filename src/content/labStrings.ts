/**
 * The training lab's strings, added to i18next when the lab's chunk loads (components/lab/
 * LabView.tsx imports this first), so that the first paint does not carry them. Their keys are
 * typed with all the others (i18n/index.ts) and checked by the same tests (content/index.ts `en`, `zh`).
 */
import i18next from 'i18next';
import { labEn } from './strings/lab.en';
import { labZh } from './strings/lab.zh';

/** Adds the `lab` strings to both languages (once; later calls change nothing). */
export function addLabStrings(): void {
  if (i18next.exists('lab.heading', { lng: 'en' })) return;
  i18next.addResourceBundle('en', 'translation', { lab: labEn }, true, false);
  i18next.addResourceBundle('zh', 'translation', { lab: labZh }, true, false);
}
