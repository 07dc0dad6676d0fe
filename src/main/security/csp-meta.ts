// Writes the app's CSP into index.html as a meta tag at build time, so the page carries the one
// policy of csp.ts even where no header arrives, and no second copy of it can drift.
import type { Plugin } from 'vite'
import { metaContentSecurityPolicy } from './csp.ts'

const CSP_META = /<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy/i
const CHARSET_META = /<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>/i

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
}

/**
 * `html` with the policy's meta tag right after `<meta charset>`, before anything that loads.
 * Throws when the page has no charset meta, or a CSP meta of its own that would stand beside it.
 */
export function insertCspMeta(html: string, policy: string): string {
  if (CSP_META.test(html)) {
    throw new Error('index.html has its own Content-Security-Policy meta; the build writes it from csp.ts')
  }
  const charset = CHARSET_META.exec(html)
  if (!charset) throw new Error('index.html has no <meta charset>; the CSP meta is written after it')
  const at = charset.index + charset[0].length
  const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}" />`
  return html.slice(0, at) + meta + html.slice(at)
}

/** The Vite plugin both renderer builds (desktop and browser shell) run. */
export function cspMetaPlugin(policy: string = metaContentSecurityPolicy()): Plugin {
  return {
    name: 'sourcemark-csp-meta',
    transformIndexHtml: { order: 'pre', handler: (html) => insertCspMeta(html, policy) }
  }
}
