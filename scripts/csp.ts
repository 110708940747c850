import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The Frankfurter API, the one origin besides the app's own that the page talks to. */
export const FRANKFURTER_ORIGIN = 'https://api.frankfurter.dev';

const INLINE_SCRIPT_RE = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** sha256 source expressions ('sha256-…') of the document's inline scripts, in document order. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT_RE)].map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
}

/**
 * The page's Content-Security-Policy: scripts and styles only from the app's origin (and the
 * hashed inline theme script), no eval, fetches to the app and Frankfurter only, images from the
 * app, blob: and data: (the chart exports), workers from the app, no plugins, no <base>.
 * `frame-ancestors`, `report-uri` and `sandbox` cannot be set by a meta tag: the README lists the
 * headers a host adds.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    "style-src 'self'",
    `connect-src 'self' ${FRANKFURTER_ORIGIN}`,
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Writes the policy as the first <meta> of the built index.html (so any static host serves it).
 * Build only: Vite's dev server injects inline scripts and styles of its own (React refresh, HMR).
 */
export function cspMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const policy = contentSecurityPolicy(inlineScriptHashes(html));
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        // After <meta charset> (which must come first), before anything that loads.
        const out = html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${meta}`);
        if (out === html) throw new Error('content-security-policy-meta: index.html has no <meta charset>');
        return out;
      },
    },
  };
}
