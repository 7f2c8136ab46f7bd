/**
 * The one view state of the app, serialisable to the URL hash so that any view can be linked
 * (`#variant=paper&layer=conv2&lang=zh`). Every key is parsed and validated here; a bad value
 * falls back to the default and is reported, never thrown.
 *
 * Older links still open where they pointed: `#edit`, `#compare=seed,paper` and `#code=pytorch`
 * (the views before the app had a shell) open those views, and `#variant=seed&net=…` (an edited
 * network before the chooser named it) opens the edited network.
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
/**
 * The views of the shell, in the order of its tabs: each is a place with its own link and heading.
 * `walk` steps through the layers; `overview` shows the whole network at once; `playground` is the
 * size formula's sliders; `edit`, `compare` and `code` change, set side by side and export the network;
 * `attribution` shows what the network looks at in the photo; `lab` trains a small AlexNet live.
 */
export const views = ['walk', 'overview', 'playground', 'edit', 'compare', 'code', 'attribution', 'lab'] as const;
export type View = (typeof views)[number];
/** The code view's targets (`#view=code&code=keras`). */
export const codeTargets = ['pytorch', 'keras', 'tfjs'] as const;
export type CodeTarget = (typeof codeTargets)[number];
/**
 * What the network chooser names: a built-in variant, the network of the imported weight file,
 * or the edited network of the link (`net`).
 */
export type NetworkChoice = VariantId | 'imported' | 'edited';

export interface ViewState {
  /** The network on screen (the link says which, so a shared link shows the same one). */
  readonly variant: NetworkChoice;
  /** A step: a layer id of the network (`conv2`) or a pipeline step (`pipeline-results`); checked by the app. */
  readonly layer: string;
  /** A built-in sample, or `upload` for the user's own image (never put in the URL). */
  readonly image: SampleId | 'upload';
  readonly lang: Lang;
  readonly mode: Mode;
  /** Seed of the random weights: the same seed gives the same weights on every backend. */
  readonly seed: number;
  readonly backend: BackendChoice;
  /** The edited network, encoded by core/editor/urlCodec (decoded and checked by the session); '' for none. */
  readonly net: string;
  /** Two networks side by side in the compare view (`seed,paper`); '' for the view's default pair. */
  readonly compare: string;
  readonly code: CodeTarget;
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
  compare: '',
  code: 'pytorch',
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
  /** The keys the hash named (valid or not): a hash without `image` keeps the photo in use. */
  readonly named: ReadonlySet<string>;
  /**
   * The variant an older link named beside its edited network (`#variant=paper&net=…`): shown
   * instead when that network cannot be used.
   */
  readonly netBase?: VariantId;
}

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (v: string): T | undefined =>
    (allowed as readonly string[]).includes(v) ? (v as T) : undefined;

const isChoice = (v: string): v is NetworkChoice => isVariantId(v) || v === 'imported' || v === 'edited';

type Parsers = { readonly [K in keyof ViewState]: (v: string) => ViewState[K] | undefined };

/** One parser per key; each returns undefined for a value it refuses. */
const parsers: Parsers = {
  variant: (v) => (isChoice(v) ? v : undefined),
  // A layer id (`conv1`), or a pipeline step's (`pipeline-data`: the '-' no layer id may hold).
  layer: (v) => (/^[a-z][a-z0-9_-]{0,31}$/.test(v) ? v : undefined),
  image: (v) => oneOf(sampleIds)(v),
  lang: oneOf(languages),
  mode: oneOf(modes),
  seed: (v) => (/^\d{1,9}$/.test(v) ? Number(v) : undefined),
  backend: oneOf(backendChoices),
  net: (v) => (v.length <= 10_000 ? v : undefined),
  compare: (v) => (/^[a-z0-9]{1,16},[a-z0-9]{1,16}$/.test(v) ? v : undefined),
  code: oneOf(codeTargets),
  view: oneOf(views),
  weights: (v) => (v.length <= 500 ? v : undefined),
  lab: (v) => (decodeLab(v) ? v : undefined),
};

/** Keys of older links, read and turned into today's state; never written. */
const legacy: Readonly<Record<string, (v: string) => Partial<ViewState> | undefined>> = {
  edit: (v) => (v === '' || v === '1' ? { view: 'edit' } : v === '0' ? {} : undefined),
};

function isKey(key: string): key is keyof ViewState {
  return Object.hasOwn(parsers, key);
}

/** Parses `#variant=paper&layer=conv2`; unknown keys and bad values are reported and ignored. */
export function parseHash(hash: string): ParsedHash {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: Record<string, unknown> = { ...defaultState };
  const rejected: RejectedValue[] = [];
  const named = new Set<string>();
  let legacyView: Partial<ViewState> = {};
  for (const [key, value] of params) {
    named.add(key);
    const old = legacy[key];
    const parsed = isKey(key) ? parsers[key](value) : old ? old(value) : undefined;
    if (parsed === undefined) rejected.push({ key, value });
    else if (isKey(key)) state[key] = parsed;
    else legacyView = { ...legacyView, ...(parsed as Partial<ViewState>) };
  }
  // A link without `view` opens the view its other keys ask for (links from before the shell).
  if (!named.has('view')) {
    if (named.has('code') && !rejected.some((r) => r.key === 'code')) state.view = 'code';
    else if (named.has('compare') && !rejected.some((r) => r.key === 'compare')) state.view = 'compare';
    else if (legacyView.view) state.view = legacyView.view;
  }
  // An edited network in the link is what the link shows, whatever base variant it names.
  const base = String(state.variant);
  const netBase = state.net !== '' && isVariantId(base) && named.has('variant') ? base : undefined;
  if (state.net !== '' && (isVariantId(base) || !named.has('variant'))) state.variant = 'edited';
  return { state: state as unknown as ViewState, rejected, named, ...(netBase ? { netBase } : {}) };
}

/** Whether a key is worth writing: the view's own parameters only while that view is open. */
function written(state: ViewState, key: keyof ViewState): boolean {
  if (key === 'variant') return true; // always: a shared link says which network it shows
  if (key === 'net') return state.variant === 'edited' && state.net !== '';
  if (key === 'compare') return state.view === 'compare' && state.compare !== '';
  if (key === 'code') return state.view === 'code';
  if (key === 'image') return state.image !== 'upload' && state.image !== defaultState.image;
  return state[key] !== defaultState[key];
}

/** Writes the variant and the keys that differ from the defaults, in a fixed order, so links stay short. */
export function toHash(state: ViewState): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(defaultState) as (keyof ViewState)[])
    if (written(state, key)) params.set(key, String(state[key]));
  return `#${params.toString()}`;
}

/**
 * Whether going from `a` to `b` is a move to another place (a new history entry, so Back returns):
 * another view, network or mode. A step within a view only replaces the entry.
 */
export function isNewPlace(a: ViewState, b: ViewState): boolean {
  return a.view !== b.view || a.variant !== b.variant || a.mode !== b.mode;
}
