/**
 * What was done to an image, or why it was refused, as codes with values: the words live in
 * the i18n strings (image.notes.<code>, image.problems.<code>), so every language says the
 * same facts.
 */

/** Something done to an accepted image. */
export type NoteCode =
  | 'scaledDown' // {from, to}: decoded smaller to keep memory bounded
  | 'enlarged' // {size, input}: smaller than the network's input
  | 'flat' // {input}: a single pixel, enlarged into one flat colour
  | 'cropHeavy' // {percent}: a long strip, most of it outside the square crop
  | 'firstFrame' // {frames}: an animation; only the first frame is used
  | 'grayscale' // one grey channel copied into R, G and B
  | 'sixteenBit' // 16 bits per channel, reduced to 8 by the browser
  | 'rotated' // an EXIF orientation applied
  | 'transparent' // {percent}: transparent pixels composited on white
  | 'firstOfMany'; // {count}: several files given, the first one used

/** Why a file was refused. Every refusal leaves the previous image in place. */
export type ProblemCode =
  | 'empty'
  | 'tooBig' // {size, limit}
  | 'readFailed'
  | 'text'
  | 'pdf'
  | 'zip'
  | 'video'
  | 'unknown'
  | 'svg'
  | 'truncated' // {format}
  | 'corrupt' // {format}
  | 'decodeFailed' // {format}
  | 'heic'
  | 'tooManyPixels' // {size, megapixels, limit}
  | 'droppedLink'
  | 'nothingDropped'
  | 'pasteNoImage';

/** Values interpolated into a note or problem's sentence. */
export type NoteValues = Readonly<Record<string, string | number>>;

/** A note about an accepted image: `{ code: 'scaledDown', values: { from, to } }`. */
export interface ImageNote {
  readonly code: NoteCode;
  readonly values?: NoteValues;
}

/** Why a file was refused: `{ code: 'tooBig', values: { size, limit } }`. */
export interface ImageProblem {
  readonly code: ProblemCode;
  readonly values?: NoteValues;
}

/** "12000×12000": sizes are written the same way in every language. */
export const dims = (width: number, height: number): string => `${width}×${height}`;

/** "63.2 MB" (binary megabytes, as file managers mostly show them). */
export const megabytes = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** Fills `{{name}}` placeholders in a translated sentence; unknown ones are left visible. */
export function fillPlaceholders(template: string, values: NoteValues = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const v = values[key];
    return v === undefined ? whole : String(v);
  });
}
