// Symlinks inside the built renderer folder: served while they lead to a file inside it, refused
// (403, nothing read) as soon as the real path leaves it. Real links in a temporary folder.
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildContentSecurityPolicy } from '../security/csp'
import { realPathInside } from './real-path'
import { createAppRequestHandler, type AppRequestHandler } from './serve-files'

const INDEX = '<!doctype html><title>Sourcemark</title>'
const SECRET = 'analyst private key'

let base: string
let root: string
let serve: AppRequestHandler

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'sourcemark-links-'))
  root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), INDEX)
  await writeFile(join(root, 'assets', 'index.js'), 'export {}')
  // Outside: beside the root, and in a sibling whose name starts with the root's name.
  await writeFile(join(base, 'secret.txt'), SECRET)
  await mkdir(join(base, 'renderer-old'))
  await writeFile(join(base, 'renderer-old', 'secret.txt'), SECRET)

  // Links that stay inside.
  await symlink('../index.html', join(root, 'assets', 'home.html'))
  await symlink('assets', join(root, 'scripts'), 'dir')
  await symlink('home.html', join(root, 'assets', 'home-again.html'))
  // Links that leave: a file, a folder in the middle of the path, a look-alike sibling, an
  // absolute link, a chain whose last hop leaves, and one that comes back in through the outside.
  await symlink('../secret.txt', join(root, 'notes.txt'))
  await symlink('..', join(root, 'up'), 'dir')
  await symlink(join(base, 'renderer-old'), join(root, 'old'), 'dir')
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'absolute.txt'))
  await symlink('../notes.txt', join(root, 'assets', 'chain.txt'))
  await symlink('../up/renderer/index.html', join(root, 'assets', 'round-trip.html'))
  // Links that lead nowhere.
  await symlink('missing.js', join(root, 'assets', 'dangling.js'))
  await symlink('loop.js', join(root, 'assets', 'loop.js'))
  // The install folder itself reached through a link.
  await symlink('renderer', join(base, 'current'), 'dir')

  serve = createAppRequestHandler({ root, csp: buildContentSecurityPolicy() })
})

afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

const get = (url: string) => serve(new Request(url))

describe('the app scheme and symlinks', () => {
  it('serves links that stay inside the app folder', async () => {
    for (const url of ['app://sourcemark/assets/home.html', 'app://sourcemark/assets/home-again.html']) {
      const response = await get(url)
      expect(response.status, url).toBe(200)
      expect(await response.text()).toBe(INDEX)
    }
    const script = await get('app://sourcemark/scripts/index.js')
    expect(script.status).toBe(200)
    expect(await script.text()).toBe('export {}')
  })

  it.each([
    'app://sourcemark/notes.txt',
    'app://sourcemark/up/secret.txt',
    'app://sourcemark/up/renderer-old/secret.txt',
    'app://sourcemark/old/secret.txt',
    'app://sourcemark/assets/absolute.txt',
    'app://sourcemark/assets/chain.txt'
  ])('refuses %s, whose real path is outside, without reading it', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(403)
    const body = await response.text()
    expect(body).not.toContain(SECRET)
    expect(body).not.toContain(base)
  })

  it('judges by where a link ends, not by the way it goes', async () => {
    // round-trip.html passes through `up`, outside the folder, but ends at index.html inside it.
    const response = await get('app://sourcemark/assets/round-trip.html')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(INDEX)
  })

  it('answers links that lead nowhere as missing', async () => {
    expect((await get('app://sourcemark/assets/dangling.js')).status).toBe(404)
    expect((await get('app://sourcemark/assets/loop.js')).status).toBe(404)
  })

  it('serves from a root reached through a link', async () => {
    const linked = createAppRequestHandler({ root: join(base, 'current'), csp: 'x' })
    const page = await linked(new Request('app://sourcemark/index.html'))
    expect(page.status).toBe(200)
    expect(await page.text()).toBe(INDEX)
    expect((await linked(new Request('app://sourcemark/notes.txt'))).status).toBe(403)
  })
})

describe('realPathInside', () => {
  it('names the real file inside, and nothing for a file outside', async () => {
    expect(await realPathInside(root, join(root, 'scripts', 'index.js'))).toBe(
      join(await realpath(root), 'assets', 'index.js')
    )
    expect(await realPathInside(root, join(root, 'old', 'secret.txt'))).toBeNull()
    // The root is not inside itself: it is a folder, never a file to serve.
    expect(await realPathInside(root, root)).toBeNull()
  })
})
