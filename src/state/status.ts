/**
 * The one-line status of the page, in plain words: what the reader waits for, if anything.
 * Weights coming back or arriving come first (they decide which network the maps will be of),
 * then the engine. Pure, so the order of precedence is tested without a browser.
 *
 * statusOf({ engine: 'running', restoring: false })  // { kind: 'running' }
 */
export type StatusKind = 'starting' | 'building' | 'running' | 'ready' | 'restoring' | 'importing' | 'error';

export interface Status {
  readonly kind: StatusKind;
  /** The file being read (importing). */
  readonly file?: string;
}

export interface StatusInputs {
  readonly engine: 'starting' | 'building' | 'running' | 'ready' | 'error';
  readonly restoring: boolean;
  /** The file of an import under way (not a restore), if any. */
  readonly importing?: string;
}

export function statusOf({ engine, restoring, importing }: StatusInputs): Status {
  if (engine === 'error') return { kind: 'error' };
  if (restoring) return { kind: 'restoring' };
  if (importing !== undefined) return { kind: 'importing', file: importing };
  return { kind: engine };
}
