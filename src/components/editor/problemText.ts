/** Translations of core's editor messages: a draft's problems, a link's or a file's failure. */
import type { TOptions } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { NetworkProblem } from '../../core/editor/network';
import type { DraftProblem } from '../../core/editor/problems';
import type { DecodeFailure } from '../../core/editor/urlCodec';
import type { LoadFailure } from '../../core/editor/jsonFile';
import { formatInt } from '../../core/format';
import { editorEn } from '../../content/strings/editor.en';

type FieldKey = keyof typeof editorEn.edit.fields;
type ValueKey = keyof typeof editorEn.edit.values;
const fieldKeys = Object.keys(editorEn.edit.fields) as FieldKey[];
const valueKeys = Object.keys(editorEn.edit.values) as ValueKey[];
const isKey = <K extends string>(keys: readonly K[], k: string): k is K => (keys as readonly string[]).includes(k);

/** Translators for the editor's messages, field names and enum values. */
export function useProblemText() {
  const { t } = useTranslation();
  const fieldName = (field: string): string => (isKey(fieldKeys, field) ? t(`editor.edit.fields.${field}`) : field);
  const valueName = (value: string): string => (isKey(valueKeys, value) ? t(`editor.edit.values.${value}`) : value);
  const values = (v: Readonly<Record<string, number | string>>) =>
    Object.fromEntries(
      Object.entries(v).map(([k, x]) => [
        k,
        k === 'field'
          ? fieldName(String(x))
          : k === 'rounding'
            ? valueName(String(x))
            : typeof x === 'number' && Number.isInteger(x)
              ? formatInt(x)
              : String(x),
      ]),
    );
  /** A network-level problem as a short clause: the layer and what is wrong with it. */
  const network = (p: NetworkProblem): string =>
    p.code === 'invalid'
      ? `${p.layerId}: ${p.message}`
      : p.code === 'too-large'
        ? t('editor.problem.too-large', { params: formatInt(p.params), activations: formatInt(p.activations) })
        : t('editor.problem.too-many-layers', { count: p.count });
  return {
    fieldName,
    valueName,
    draft: (p: DraftProblem): string => t(`editor.problem.${p.code}` as const, values(p.values) as TOptions),
    linkFailure: (f: DecodeFailure): string => {
      if (f.reason === 'network') return t('editor.link.network', { detail: network(f.problem) });
      if (f.reason === 'malformed') return t('editor.link.malformed', { detail: f.detail });
      if (f.reason === 'version') return t('editor.link.version', { version: f.version });
      if (f.reason === 'too-long') return t('editor.link.too-long', { length: formatInt(f.length) });
      return t('editor.link.corrupt');
    },
    fileFailure: (f: LoadFailure): string => {
      if (f.reason === 'network') return t('editor.file.network', { detail: network(f.problem) });
      if (f.reason === 'schema') return t('editor.file.schema', { where: f.where, expected: f.expected });
      if (f.reason === 'too-big') return t('editor.file.too-big', { bytes: formatInt(f.bytes) });
      return t('editor.file.not-json');
    },
  };
}
