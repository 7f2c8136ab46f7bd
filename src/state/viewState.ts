/**
 * The one view state of the app, serialisable to the URL hash so that any view can be linked
 * (`#variant=paper&layer=conv2&lang=zh`). Every key is parsed and validated here; a bad value
 * falls back to the default and is reported, never thrown.
 */
import { decodeLab } from '../core/lab/labCode';
import { type VariantId, isVariantId } from '../core/variants';
import { type Lang, languages } from '../i18n/languages';
import { type SampleId, sampleIds } from '../image/sampleIds';
import { type BackendChoice, backendChoices } from '../tf/backendChoices';

// Owned by the layers below (i18n, image, tf); re-exported for the components that read the state.
export { type BackendChoice, type Lang, type SampleId, backendChoices, languages, sampleIds };
export const modes = ['explore', 'present', 'quiz'] as const;
export type Mode = (typeof modes)[number];
/** What fills the page: the layer-by-layer walkthrough, the whole network at once, the size playground, or the training lab. */
// LAB (issue 21): 'lab' added here for the minimal mount; the new shell takes it over at merge.
export const views = ['walk', 'overview', 'playground', 'lab'] as const;
export type View = (typeof views)[number];
/** The code view's targets (`#code=pytorch`); '' when the view is closed. */
export const codeViews = ['', 'pytorch', 'keras', 'tfjs'] as const;
export type CodeView = (typeof codeViews)[number];

export interface ViewState {
  readonly variant: VariantId;
  /** A step: a layer id of the variant (`conv2`) or a pipeline step (`pipeline-results`); checked by the app. */
  readonly layer: string;
  /** A built-in sample, or `upload` for the user's own image (never put in the URL). */
  readonly image: SampleId | 'upload';
  readonly lang: Lang;
  readonly mode: Mode;
  /** Seed of the random weights: the same seed gives the same weights on every backend. */
  readonly seed: number;
  readonly backend: BackendChoice;
  /** The edited network, encoded by core/editor/urlCodec (decoded and checked by the editor's hook); '' for none. */
  readonly net: string;
  /** Whether the editor is open (`#edit`). */
  readonly edit: boolean;
  /** Two networks side by side (`#compare=seed,paper`); '' when closed. Checked by the compare view. */
  readonly compare: string;
  readonly code: CodeView;
  readonly view: View;
  /** `#weights=weights/alexnet.pth`: a weight file on this site to load on opening ('' for none; checked by the importer). */
  readonly weights: string;
  /** The training lab's two runs and shared settings, core/lab/labCode.ts ('' for the defaults). */
  readonly lab: string;
}

export const defaultState: ViewState = {
  variant: 'seed',
  layer: 'input',
  image: 'cat',
  lang: 'en',
  mode: 'explore',
  seed: 42,
  backend: 'auto',
  net: '',
  edit: false,
  compare: '',
  code: '',
  view: 'walk',
  weights: '',
  lab: '',
};

/** A hash value that was not understood, kept so the UI can say what it ignored. */
export interface RejectedValue {
  readonly key: string;
  readonly value: string;
}

export interface ParsedHash {
  readonly state: ViewState;
  readonly rejected: readonly RejectedValue[];
}

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (v: string): T | undefined =>
    (allowed as readonly string[]).includes(v) ? (v as T) : undefined;

/** One parser per key; each returns undefined for a value it refuses. */
const parsers: { readonly [K in keyof ViewState]: (v: string) => ViewState[K] | undefined } = {
  variant: (v) => (isVariantId(v) ? v : undefined),
  // A layer id (`conv1`), or a pipeline step's (`pipeline-data`: the '-' no layer id may hold).
  layer: (v) => (/^[a-z][a-z0-9_-]{0,31}$/.test(v) ? v : undefined),
  image: (v) => oneOf(sampleIds)(v),
  lang: oneOf(languages),
  mode: oneOf(modes),
  seed: (v) => (/^\d{1,9}$/.test(v) ? Number(v) : undefined),
  backend: oneOf(backendChoices),
  net: (v) => (v.length <= 10_000 ? v : undefined),
  edit: (v) => (v === '' || v === '1' ? true : v === '0' ? false : undefined),
  compare: (v) => (/^[a-z0-9]{1,16},[a-z0-9]{1,16}$/.test(v) ? v : undefined),
  code: (v) => (v === '' ? undefined : oneOf(codeViews)(v)),
  view: oneOf(views),
  weights: (v) => (v.length <= 500 ? v : undefined),
  lab: (v) => (decodeLab(v) ? v : undefined),
};

function isKey(key: string): key is keyof ViewState {
  return Object.hasOwn(parsers, key);
}

/** Parses `#variant=paper&layer=conv2`; unknown keys and bad values are reported and ignored. */
export function parseHash(hash: string): ParsedHash {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: Record<string, unknown> = { ...defaultState };
  const rejected: RejectedValue[] = [];
  for (const [key, value] of params) {
    const parsed = isKey(key) ? parsers[key](value) : undefined;
    if (parsed === undefined) rejected.push({ key, value });
    else state[key] = parsed;
  }
  return { state: state as unknown as ViewState, rejected };
}

/** Writes the variant and the keys that differ from the defaults, in a fixed order, so links stay short. */
export function toHash(state: ViewState): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(defaultState) as (keyof ViewState)[]) {
    const value = state[key];
    if (key === 'image' && value === 'upload') continue;
    // The variant is always written, so a shared link says which network it shows.
    if (key === 'edit') {
      if (value) params.set(key, '1');
    } else if (key === 'variant' || value !== defaultState[key]) params.set(key, String(value));
  }
  return `#${params.toString()}`;
}
