import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  appCspDirectives,
  buildContentSecurityPolicy,
  META_UNSUPPORTED_DIRECTIVES,
  metaContentSecurityPolicy
} from './csp'
import { cspMetaPlugin, insertCspMeta } from './csp-meta'

const INDEX_HTML = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8')

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/)
      return [name, values.join(' ')] as [string, string]
    })
  )
}

/** The content of each CSP meta in `html`, attribute entities decoded. */
function cspMetas(html: string): string[] {
  return [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)].map(
    (match) => match[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&')
  )
}

async function built(html: string): Promise<string> {
  const hook = cspMetaPlugin().transformIndexHtml
  if (!hook || typeof hook === 'function') throw new Error('the plugin must order its hook')
  return (hook.handler as unknown as (html: string) => string)(html)
}

describe('the CSP meta in index.html', () => {
  it('is written by the build from the one policy, minus what a meta cannot carry', async () => {
    const [meta, ...more] = cspMetas(await built(INDEX_HTML))
    expect(more).toEqual([])
    const header = directives(buildContentSecurityPolicy())
    expect(header.get('frame-ancestors')).toBe("'none'")
    const expected = new Map([...header].filter(([name]) => name !== 'frame-ancestors'))
    expect(directives(meta)).toEqual(expected)
    expect(meta).toBe(metaContentSecurityPolicy())
  })

  it('drops exactly the directives browsers ignore in a meta', () => {
    expect([...META_UNSUPPORTED_DIRECTIVES].sort()).toEqual(['frame-ancestors', 'report-uri', 'sandbox'])
    const meta = directives(metaContentSecurityPolicy())
    for (const name of META_UNSUPPORTED_DIRECTIVES) expect(meta.has(name)).toBe(false)
    expect(meta.size).toBe(Object.keys(appCspDirectives()).length - 1)
  })

  it('stands before anything the page loads', async () => {
    const html = await built(INDEX_HTML)
    const meta = html.search(/http-equiv="Content-Security-Policy"/)
    expect(meta).toBeGreaterThan(html.search(/<meta charset/i))
    for (const loader of [/<script/i, /<link/i, /<style/i]) {
      const at = html.search(loader)
      if (at >= 0) expect(meta).toBeLessThan(at)
    }
  })

  it('is the only policy: index.html carries none of its own', () => {
    expect(cspMetas(INDEX_HTML)).toEqual([])
    expect(() =>
      insertCspMeta(
        `<meta charset="utf-8"><meta http-equiv='content-security-policy' content="default-src *">`,
        "default-src 'none'"
      )
    ).toThrow(/its own Content-Security-Policy meta/)
    expect(() => insertCspMeta('<head><title>x</title></head>', "default-src 'none'")).toThrow(
      /no <meta charset>/
    )
  })

  it('escapes the policy as an attribute value', () => {
    const html = insertCspMeta('<meta charset="utf-8">', `img-src "x" & y`)
    expect(cspMetas(html)).toEqual(['img-src "x" & y'])
    expect(html).toContain('content="img-src &quot;x&quot; &amp; y"')
  })
})
