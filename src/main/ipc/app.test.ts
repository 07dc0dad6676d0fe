import { describe, expect, it, vi } from 'vitest'
import { createAppHandlers } from './app'
import { IpcUserError } from './user-error'

describe('app:open-external', () => {
  it('opens the normalised http(s) URL', async () => {
    const openExternal = vi.fn(async () => {})
    const handlers = createAppHandlers({ openExternal })
    await expect(
      handlers['app:open-external']({ url: 'HTTPS://Edition.CNN.com/world' }, 'win')
    ).resolves.toBeNull()
    expect(openExternal).toHaveBeenCalledWith('https://edition.cnn.com/world')
  })

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'https://cnn.com@evil.example/',
    'http:\\\\evil.example'
  ])('refuses %j without opening anything', async (url) => {
    const openExternal = vi.fn(async () => {})
    const handlers = createAppHandlers({ openExternal })
    const opening = handlers['app:open-external']({ url }, 'win')
    await expect(opening).rejects.toBeInstanceOf(IpcUserError)
    await expect(opening).rejects.toThrow('only plain http and https links open in the browser')
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('quotes a refused URL safely and briefly', async () => {
    const handlers = createAppHandlers({ openExternal: async () => {} })
    await expect(
      handlers['app:open-external']({ url: `javascript:\n${'a'.repeat(200)}` }, 'win')
    ).rejects.toThrow(/^Refused to open "javascript:\\na{68}…"/)
  })
})
