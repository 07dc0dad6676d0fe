import { describe, expect, it, vi } from 'vitest'
import { isAppPageUrl } from '../security/app-page'
import { handleIpc, type IpcHandlers } from './dispatch'
import { IpcUserError } from './user-error'

// The top frame's URL as Chromium reports it, hash route included.
const appUrl = 'app://sourcemark/index.html#/article/1'
const isAppPage = (url: string | null | undefined) => isAppPageUrl(url)

function fakeHandlers(overrides: Partial<IpcHandlers<string>> = {}): IpcHandlers<string> {
  return {
    'brief:save-markdown': vi.fn(async () => ({ saved: true, filePath: '/home/analyst/kursk.md' })),
    'brief:export-pdf': vi.fn(async () => ({ saved: false })),
    'article:open-files': vi.fn(async () => []),
    'data:save-file': vi.fn(async () => ({ saved: false })),
    'data:open-backup': vi.fn(async () => null),
    'app:open-external': vi.fn(async () => null),
    'backups:write': vi.fn(async () => ({ fileName: '', writtenAt: '', size: 0, articleCount: 0 })),
    'backups:list': vi.fn(async () => []),
    'backups:read': vi.fn(async () => ({ fileName: '', bytes: new Uint8Array() })),
    'backups:decline-quit': vi.fn(async () => null),
    'library:read-marker': vi.fn(async () => null),
    'library:write-marker': vi.fn(async () => null),
    ...overrides
  }
}

function call(channel: unknown, args: unknown, handlers = fakeHandlers(), senderUrl: string | null = appUrl) {
  return handleIpc({ channel, args, senderUrl, context: 'main-window' }, handlers, isAppPage)
}

describe('handleIpc', () => {
  it('runs the handler with the validated argument and the call context', async () => {
    const handlers = fakeHandlers()
    const args = { suggestedName: 'kursk.md', content: '# Kursk' }
    await expect(call('brief:save-markdown', args, handlers)).resolves.toEqual({
      ok: true,
      value: { saved: true, filePath: '/home/analyst/kursk.md' }
    })
    expect(handlers['brief:save-markdown']).toHaveBeenCalledWith(args, 'main-window')
  })

  it('refuses an invalid argument, naming the field, without running the handler', async () => {
    const handlers = fakeHandlers()
    const result = await call('brief:save-markdown', { suggestedName: '../kursk.md', content: '' }, handlers)
    expect(result).toEqual({
      ok: false,
      error: 'Invalid arguments for brief:save-markdown: suggestedName: file name contains a path separator'
    })
    expect(handlers['brief:save-markdown']).not.toHaveBeenCalled()
  })

  it('refuses an unknown channel', async () => {
    await expect(call('shell:exec', { command: 'calc' })).resolves.toEqual({
      ok: false,
      error: 'Unknown IPC channel "shell:exec"'
    })
  })

  it.each([
    null,
    'https://evil.example/',
    'file:///tmp/sourcemark-print-x/brief.html',
    'file:///opt/Sourcemark/out/renderer/index.html',
    'app://sourcemark/assets/segment.worker-n4CsIRt8.js',
    'app://elsewhere/index.html'
  ])('refuses a call from a frame that is not the app page (%j)', async (senderUrl) => {
    const handlers = fakeHandlers()
    const result = await call('app:open-external', { url: 'https://example.com/' }, handlers, senderUrl)
    expect(result).toEqual({
      ok: false,
      error: "Refused IPC call from a page that is not Sourcemark's own"
    })
    expect(handlers['app:open-external']).not.toHaveBeenCalled()
  })

  it('turns a thrown error into a result naming the channel', async () => {
    const handlers = fakeHandlers({
      'brief:export-pdf': async () => {
        throw new Error('ENOSPC: no space left on device')
      }
    })
    await expect(
      call('brief:export-pdf', { suggestedName: 'b.pdf', html: '<p>', pageSize: 'A4' }, handlers)
    ).resolves.toEqual({ ok: false, error: 'brief:export-pdf failed: ENOSPC: no space left on device' })
  })

  it('passes a message meant for the analyst through unchanged', async () => {
    const handlers = fakeHandlers({
      'article:open-files': async () => {
        throw new IpcUserError('scan.pdf is 73 MB; the limit is 50 MB')
      }
    })
    await expect(call('article:open-files', {}, handlers)).resolves.toEqual({
      ok: false,
      error: 'scan.pdf is 73 MB; the limit is 50 MB'
    })
  })

  it('reports a non-Error throw too', async () => {
    const handlers = fakeHandlers({ 'app:open-external': () => Promise.reject('no browser') })
    await expect(call('app:open-external', { url: 'https://example.com/' }, handlers)).resolves.toEqual({
      ok: false,
      error: 'app:open-external failed: no browser'
    })
  })
})
