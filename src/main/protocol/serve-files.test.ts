import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildContentSecurityPolicy } from '../security/csp'
import { createAppRequestHandler, type AppRequestHandler } from './serve-files'

const csp = buildContentSecurityPolicy()
const INDEX =
  '<!doctype html><title>Sourcemark</title><script type="module" src="./assets/index.js"></script>'
const WORKER = 'self.onmessage = (event) => self.postMessage(event.data)'

let base: string
let serve: AppRequestHandler

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'sourcemark-scheme-'))
  const root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), INDEX)
  await writeFile(join(root, 'assets', 'segment.worker-n4CsIRt8.js'), WORKER)
  await writeFile(join(root, 'assets', 'notes'), 'no extension')
  // Beside the root, where a traversal would land.
  await writeFile(join(base, 'secret.txt'), 'do not serve')
  serve = createAppRequestHandler({ root, csp })
})

afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

const get = (url: string, method = 'GET') => serve(new Request(url, { method }))

describe('the app scheme handler', () => {
  it('serves the page with the app CSP, never to be sniffed', async () => {
    for (const url of [
      'app://sourcemark/',
      'app://sourcemark/index.html',
      'app://sourcemark/index.html#/brief'
    ]) {
      const response = await get(url)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(response.headers.get('content-security-policy')).toBe(csp)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(await response.text()).toBe(INDEX)
    }
  })

  it('serves the segmentation worker as JavaScript, with the policy it runs under', async () => {
    const response = await get('app://sourcemark/assets/segment.worker-n4CsIRt8.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(csp)
    expect(await response.text()).toBe(WORKER)
  })

  it('serves a file of unknown type as opaque bytes', async () => {
    const response = await get('app://sourcemark/assets/notes')
    expect(response.headers.get('content-type')).toBe('application/octet-stream')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers HEAD with the headers and no body', async () => {
    const response = await get('app://sourcemark/index.html', 'HEAD')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await response.text()).toBe('')
  })

  it.each([
    ['app://sourcemark/missing.js', 404],
    ['app://sourcemark/assets', 404],
    ['app://sourcemark/assets/', 404],
    ['app://sourcemark/index.html/x.js', 404],
    ['app://elsewhere/index.html', 404],
    // The URL parser has already folded `%2e%2e` away, as Chromium does: what is left is inside.
    ['app://sourcemark/%2e%2e/secret.txt', 404],
    ['app://sourcemark/..%2fsecret.txt', 403],
    ['app://sourcemark/%252e%252e/secret.txt', 404],
    ['app://sourcemark/index.html%00.png', 400]
  ])('answers %s with %i, and nothing from disk', async (url, status) => {
    const response = await get(url)
    expect(response.status).toBe(status)
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    const body = await response.text()
    expect(body).not.toContain('do not serve')
    expect(body).not.toContain(base)
  })

  it('serves reads only', async () => {
    const response = await serve(new Request('app://sourcemark/index.html', { method: 'POST', body: 'x' }))
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD')
  })
})
