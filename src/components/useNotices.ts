/**
 * Notes about the link, translated: values that were ignored, an edited network that could not
 * be used, a step this network does not have, and a network the link asks for that is not here.
 * Dismissing them also drops what they are about from the link.
 */
import { useTranslation } from 'react-i18next';
import type { Session } from '../state/session';
import { useProblemText } from './editor/problemText';
import type { Notice } from './Notices';

export function useNotices(session: Session, missingStep: boolean): { list: Notice[]; dismiss: () => void } {
  const { t } = useTranslation();
  const { linkFailure } = useProblemText();
  const { view, edited, network } = session;
  const { state, rejected, update, dismissRejected } = view;
  const base = t(`variant.${network.base}`);
  const list: Notice[] = rejected.map((r) => ({
    key: `${r.key}=${r.value}`,
    text: t('notes.badValue', { key: r.key, value: r.value }),
  }));
  if (edited.failure)
    list.push({ key: 'net', text: `${linkFailure(edited.failure)} ${t('editor.link.fallback', { base })}` });
  else if (network.fallback === 'noEdited') list.push({ key: 'net', text: t('shell.fallback.noEdited', { base }) });
  if (network.fallback === 'noImported') list.push({ key: 'imported', text: t('shell.fallback.noImported', { base }) });
  if (missingStep)
    list.push({ key: 'layer', text: t('notes.badLayer', { value: state.layer, name: network.spec.name }) });
  const dismiss = () => {
    dismissRejected();
    if (edited.failure) edited.dismiss();
    if (network.fallback) update({ variant: network.base, net: '' });
    if (missingStep) update({ layer: 'input' });
  };
  return { list, dismiss };
}
