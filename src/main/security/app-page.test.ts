import { describe, expect, it } from 'vitest'
import { isAppPageUrl } from './app-page'

const built = { rendererFileUrl: 'file:///opt/Sourcemark/out/renderer/index.html' }
const dev = { ...built, devServerUrl: 'http://localhost:5173/' }

describe('isAppPageUrl', () => {
  it('accepts the built index.html, with any hash or query', () => {
    expect(isAppPageUrl('file:///opt/Sourcemark/out/renderer/index.html', built)).toBe(true)
    expect(isAppPageUrl('file:///opt/Sourcemark/out/renderer/index.html#/article/1', built)).toBe(true)
    expect(isAppPageUrl('file:///opt/Sourcemark/out/renderer/index.html?brief=2', built)).toBe(true)
  })

  it.each([
    'file:///tmp/sourcemark-print-x/brief.html',
    'file:///opt/Sourcemark/out/renderer/other.html',
    'file:///opt/Sourcemark/out/renderer/index.html/../../../etc/passwd',
    'file://attacker/opt/Sourcemark/out/renderer/index.html',
    'https://evil.example/index.html',
    'http://localhost:5173/',
    'data:text/html,<p>hi',
    'about:blank',
    'not a url',
    '',
    null,
    undefined
  ])('refuses %j in the built app', (url) => {
    expect(isAppPageUrl(url, built)).toBe(false)
  })

  it('accepts the dev server origin only while developing', () => {
    expect(isAppPageUrl('http://localhost:5173/', dev)).toBe(true)
    expect(isAppPageUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true)
    expect(isAppPageUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppPageUrl('http://127.0.0.1:5173/', dev)).toBe(false)
    expect(isAppPageUrl('http://localhost:5173.evil.example/', dev)).toBe(false)
    expect(isAppPageUrl('file:///opt/Sourcemark/out/renderer/index.html', dev)).toBe(false)
  })
})
