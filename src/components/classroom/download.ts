/** Saving a Blob as a file: an object URL on a temporary <a download>, revoked afterwards. */

/**
 * How long the object URL lives. Revoking it in the same task can cancel the download in
 * some browsers (Firefox, old Safari); after this long the browser has read it.
 */
const revokeAfterMs = 30_000;

/** Starts a download of `blob` named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
}

/** Text files carry their charset; CSV also a byte-order mark, which Excel needs to read UTF-8 (the × in 55×55×96). */
export function textBlob(text: string, type: 'text/csv' | 'text/markdown' | 'application/x-tex'): Blob {
  const bom = type === 'text/csv' ? '\uFEFF' : '';
  return new Blob([bom, text], { type: `${type};charset=utf-8` });
}
