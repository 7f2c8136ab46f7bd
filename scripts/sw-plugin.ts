/**
 * Vite plugin: builds src/sw/sw.ts into sw.js beside index.html and writes into it the list
 * of every file the build produced, plus a hash of their contents as the cache version.
 *
 * Why not vite-plugin-pwa / workbox: they are the ecosystem's standard, but workbox-build
 * brings Babel, Rollup and terser (dozens of packages) into the build for what this app needs:
 * precache a fixed list, serve it cache-first, drop old versions. That is ~60 lines
 * (src/sw/sw.ts) plus this file, which a reader can check in full.
 *
 * The list is taken from the output folder on disk after everything is written
 * (closeBundle), so files copied by other plugins (the tfjs .wasm files) and public/
 * (samples) are included without knowing who put them there. Left out: source maps, and
 * fonts in the older .woff/.ttf formats (KaTeX ships each font three times; every browser
 * that runs service workers takes the .woff2 listed first, so precaching the others would
 * add ~1 MB for nothing; were one ever fetched online, the worker caches it then).
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

const source = 'src/sw/sw.ts';
const fileName = 'sw.js';
/** In the built sw.js: `self.__SW_MANIFEST__` (or a minified alias's `.__SW_MANIFEST__`). */
const placeholder = /\b[\w$]+\.__SW_MANIFEST__\b/g;

/** The files to precache (relative, forward slashes, sorted) and the hash of their contents. */
export async function manifestOf(outDir: string): Promise<{ version: string; files: string[] }> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter(
      (f) => f !== fileName && !/\.(map|woff|ttf)$/.test(f) && !f.startsWith('.vite/') && !f.startsWith('weights/'),
    )
    .sort();
  const hash = createHash('sha256');
  for (const f of files)
    hash
      .update(f)
      .update('\0')
      .update(await readFile(path.join(outDir, f)))
      .update('\0');
  return { version: hash.digest('hex').slice(0, 16), files };
}

/** Add to `plugins` in vite.config.ts; it runs in `vite build` only. */
export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'alexnet:service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: path.resolve(config.root, source), fileName });
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const outDir = path.resolve(config.root, config.build.outDir);
        const target = path.join(outDir, fileName);
        const code = await readFile(target, 'utf8');
        const manifest = await manifestOf(outDir);
        const found = code.match(placeholder)?.length ?? 0;
        if (found === 0) throw new Error(`${fileName}: no __SW_MANIFEST__ to replace; did the build rename it?`);
        await writeFile(target, code.replace(placeholder, `(${JSON.stringify(manifest)})`));
        config.logger.info(`${fileName}: ${manifest.files.length} files precached, version ${manifest.version}`);
      },
    },
  };
}
