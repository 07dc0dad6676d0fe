import { describe, expect, it } from 'vitest'
import {
  appCspDirectives,
  buildContentSecurityPolicy,
  printCspDirectives,
  serializeCsp,
  withContentSecurityPolicy
} from './csp'

function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/)
      return [name, values] as [string, string[]]
    })
  )
}

describe('app Content-Security-Policy', () => {
  for (const [mode, options] of [
    ['built', {}],
    ['dev', { devServerUrl: 'http://localhost:5173/' }]
  ] as const) {
    it(`lets scripts come from the app's own files only (${mode})`, () => {
      const policy = buildContentSecurityPolicy(options)
      expect(policy).not.toContain('unsafe-eval')
      const directives = parse(policy)
      expect(directives.get('script-src')).toEqual(["'self'"])
      expect(directives.get('default-src')).toEqual(["'none'"])
      expect(directives.get('object-src')).toEqual(["'none'"])
      expect(directives.get('base-uri')).toEqual(["'none'"])
      // No directive a script could fall back to may allow inline code.
      for (const name of ['script-src', 'worker-src', 'default-src']) {
        expect(directives.get(name)).not.toContain("'unsafe-inline'")
      }
    })
  }

  it('reaches no network origin in the built app', () => {
    const values = Object.values(appCspDirectives()).flat()
    expect(values.filter((value) => /^(https?|wss?):/.test(value) || value === '*')).toEqual([])
  })

  it('lets the dev server push hot updates over its WebSocket, nothing more', () => {
    const directives = appCspDirectives({ devServerUrl: 'http://localhost:5173/' })
    expect(directives['connect-src']).toEqual(["'self'", 'ws://localhost:5173'])
    expect(directives['script-src']).toEqual(["'self'"])
  })

  it('lets a printed brief load nothing but inline styles and data: URLs', () => {
    const policy = serializeCsp(printCspDirectives())
    expect(policy).not.toMatch(/script-src|'self'|https?:/)
    expect(parse(policy).get('default-src')).toEqual(["'none'"])
  })

  it('replaces any policy a response carried, whatever its header case', () => {
    const headers = withContentSecurityPolicy(
      {
        'content-type': 'text/html',
        'content-security-policy': ["script-src 'unsafe-eval'"],
        'Content-Security-Policy-Report-Only': 'default-src *'
      },
      "default-src 'none'"
    )
    expect(headers).toEqual({
      'content-type': ['text/html'],
      'Content-Security-Policy': ["default-src 'none'"]
    })
    expect(withContentSecurityPolicy(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] })
  })
})
