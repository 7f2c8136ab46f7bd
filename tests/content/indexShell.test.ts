/**
 * index.html's static first frame (issue 10's first paint): it must say what the app says, in
 * both languages, and its inline script must be allowed by the page's own CSP (a hash of its
 * exact text), never by 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/content';
import { zh } from '../../src/content/zh';

const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The shell element with `cls` (an h1 for null): its English text and its data-zh text. */
function shellText(tag: string, cls: string | null): { en: string; zh: string } {
  const re = new RegExp(
    `<${tag}${cls ? `\\s+class="[^"]*\\b${cls}\\b[^"]*"` : ''}\\s+data-zh="([^"]+)"\\s*>([^<]+)</${tag}>`,
  );
  const m = re.exec(html);
  return { zh: squash(m?.[1] ?? ''), en: squash(m?.[2] ?? '') };
}

describe('index.html first frame', () => {
  it('shows the app’s title in English and Chinese, in the shell header’s classes', () => {
    expect(shellText('h1', 'app-title')).toEqual({ en: en.app.title, zh: zh.app.title });
    expect(html).toContain('<header class="shell-header">');
  });

  it('allows its inline script by hash only', () => {
    expect(inline).toHaveLength(1);
    const hash = createHash('sha256')
      .update(inline[0] ?? '')
      .digest('base64');
    expect(scriptSrc.split(' ')).toContain(`'sha256-${hash}'`);
    expect(csp).not.toContain("'unsafe-inline' 'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(csp).toContain("default-src 'self'");
  });
});
