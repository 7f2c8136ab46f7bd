// Makes the app's Chinese fonts from Noto Sans CJK SC (SIL OFL 1.1), cut down to the CJK
// characters the app uses, so `#lang=zh` renders on computers without a Chinese font:
//
//   public/fonts/noto-sans-sc-app.woff2      every character outside the ImageNet class names
//   public/fonts/noto-sans-sc-classes.woff2  the characters only the class names use
//   src/fonts-classes.css                    the second font's @font-face, whose unicode-range
//                                            lists exactly its characters
//
// Two files because the class names alone need some 750 rare characters (dog breeds, birds,
// fungi): a page downloads the second font only when it shows a prediction in Chinese.
// Run it after adding Chinese text (tests/content/cjkFont.test.ts fails until you do):
//
//   cd /tmp && apt-get download fonts-noto-cjk && dpkg -x fonts-noto-cjk_*.deb /tmp/notocjk
//   NOTO_CJK_TTC=/tmp/notocjk/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc \
//     node scripts/make-cjk-font.mjs
//
// Needs Python 3 with fontTools and brotli (Debian: python3-fonttools python3-brotli). The
// output is committed, so building and running the app never needs Python.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cjkSets, unicodeRange } from './cjk-chars.mjs';

const source = process.env.NOTO_CJK_TTC ?? '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
// In the collection: 0 JP, 1 KR, 2 SC, 3 TC, 4 HK. Simplified Chinese glyph forms.
const fontNumber = '2';

const python = ['python3', '/usr/bin/python3'].find((py) => {
  try {
    execFileSync(py, ['-c', 'import fontTools.subset, brotli'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
if (!python)
  throw new Error('Needs Python 3 with fontTools and brotli (apt-get install python3-fonttools python3-brotli).');

/** Subsets the collection's SC face to `chars` as WOFF2 at `out`. */
function subset(chars, out) {
  const textFile = join(mkdtempSync(join(tmpdir(), 'cjk-')), 'chars.txt');
  writeFileSync(textFile, chars);
  execFileSync(
    python,
    [
      '-m',
      'fontTools.subset',
      source,
      `--font-number=${fontNumber}`,
      `--text-file=${textFile}`,
      '--flavor=woff2',
      `--output-file=${out}`,
      // Hints matter little at screen sizes for CJK and cost a third of the file.
      '--no-hinting',
      // Flattened charstrings compress better under Brotli (169 KiB against 177 KiB here).
      '--desubroutinize',
      '--layout-features=*',
      // Keep the copyright, the licence and its URL in the file (name IDs 0, 13, 14).
      '--name-IDs=0,1,2,3,4,5,6,13,14',
    ],
    { stdio: 'inherit' },
  );
  console.log(`${out}: ${[...chars].length} characters, ${(statSync(out).size / 1024).toFixed(1)} KiB`);
}

const { app, classes } = cjkSets();
subset([...app.keys()].join(''), 'public/fonts/noto-sans-sc-app.woff2');
subset([...classes.keys()].join(''), 'public/fonts/noto-sans-sc-classes.woff2');

const css = `/*
 * Made by scripts/make-cjk-font.mjs: do not edit. The characters only the ImageNet class names
 * use (src/content/classes), in a font of their own (public/fonts/CREDITS.md). Its
 * unicode-range lists exactly them, so the browser downloads it only for a page that shows
 * one of them: a prediction in Chinese. fonts.css puts this family after the app's own.
 */
@font-face {
  font-family: 'AlexNet Noto Sans SC Classes';
  src: url('/fonts/noto-sans-sc-classes.woff2') format('woff2');
  font-weight: 400 700;
  font-style: normal;
  font-display: swap;
  unicode-range: ${unicodeRange(classes.keys())};
}
`;
// Formatted as the repository's Prettier would (the file is committed and checked).
const prettier = await import('prettier');
const cssFile = 'src/fonts-classes.css';
const options = (await prettier.resolveConfig(cssFile)) ?? {};
writeFileSync(cssFile, await prettier.format(css, { ...options, filepath: cssFile }));
console.log(`src/fonts-classes.css: ${classes.size} code points`);
