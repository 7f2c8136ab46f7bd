/**
 * The edited network in the link (`#net=1.k3x9za.N4Ig…`): a version, a checksum of the body,
 * then the body: the text form compressed with lz-string into URL-safe characters. The
 * checksum catches what decompression alone does not: lz-string may decode a link cut by a
 * character or two, or one edited by hand, into something else without complaint.
 *
 * Why lz-string: decoding must be synchronous (the hash is parsed before the first render;
 * CompressionStream is async), and it is small, dependency-free and widely used for exactly
 * this (the TypeScript playground keeps its code in the URL with it). Compressing the compact
 * text form rather than JSON keeps a full AlexNet under 300 characters.
 *
 * Reading is defensive: a wrong version, a truncated or hand-edited value, an oversize value
 * or a network core refuses each give a reason the UI translates, never an exception.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { LayerSpec } from '../spec';
import type { VariantId } from '../variants';
import { type EditedNetwork, type NetworkProblem, checkNetwork, editedSpec } from './network';
import { fromText, toText } from './textForm';

/** Bump when the text form changes; older links then get a clear "made by another version". */
export const codecVersion = 1;

/** Longest `net` value read: far above any sensible network (AlexNet ≈ 280), short of a URL limit. */
export const maxEncodedLength = 4000;

/** Why a link's network was not used. */
export type DecodeFailure =
  | { readonly reason: 'version'; readonly version: string }
  | { readonly reason: 'too-long'; readonly length: number }
  | { readonly reason: 'corrupt' }
  | { readonly reason: 'malformed'; readonly detail: string }
  | { readonly reason: 'network'; readonly problem: NetworkProblem };

export type DecodeResult =
  { readonly ok: true; readonly network: EditedNetwork } | ({ readonly ok: false } & DecodeFailure);

/** Encodes layers for the `net` key. */
export function encodeNetwork(base: VariantId, layers: readonly LayerSpec[]): string {
  const body = compressToEncodedURIComponent(toText(base, layers));
  return `${codecVersion}.${checksum(body)}.${body}`;
}

/** Decodes a `net` value, checking every step; the network comes back only if it can be built. */
export function decodeNetwork(value: string): DecodeResult {
  if (value.length > maxEncodedLength) return { ok: false, reason: 'too-long', length: value.length };
  const match = /^(\d{1,4})\.(.*)$/s.exec(value);
  if (!match) return { ok: false, reason: 'corrupt' };
  const [, version = '', rest = ''] = match;
  if (Number(version) !== codecVersion) return { ok: false, reason: 'version', version };
  // A '+' typed into a hash may come back as a space from URLSearchParams.
  const [sum = '', body = ''] = rest.replace(/ /g, '+').split(/\.(.*)/s);
  if (sum !== checksum(body)) return { ok: false, reason: 'corrupt' };
  const text = safeDecompress(body);
  if (!text) return { ok: false, reason: 'corrupt' };
  const read = fromText(text);
  if ('error' in read) return { ok: false, reason: 'malformed', detail: read.error };
  const spec = editedSpec(read.base, read.layers);
  const { problem } = checkNetwork(spec);
  if (problem) return { ok: false, reason: 'network', problem };
  return { ok: true, network: { base: read.base, spec } };
}

/** lz-string returns null or '' for most damage, and can throw on some; all mean "corrupt". */
function safeDecompress(body: string): string | null {
  if (!/^[A-Za-z0-9+\-$]*$/.test(body)) return null;
  try {
    return decompressFromEncodedURIComponent(body);
  } catch {
    return null;
  }
}

/** FNV-1a (32 bit) of the body in base 36: six characters or fewer, enough to catch accidents. */
export function checksum(body: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) {
    h ^= body.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
