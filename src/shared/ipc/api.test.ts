import { describe, expect, it, vi } from 'vitest'
import { createSourcemarkApi, type IpcTransport } from './api'
import { MENU_COMMAND_EVENT, QUIT_BACKUP_EVENT, type IpcChannel, type MenuCommand } from './contract'

type Listener = (event: unknown, ...args: unknown[]) => void

function fakeTransport(reply: (channel: string, args: unknown) => Promise<unknown>) {
  const listeners = new Map<string, Set<Listener>>()
  const transport: IpcTransport = {
    invoke: vi.fn((channel: string, args: unknown) => reply(channel, args)),
    on: (event, listener) => listeners.set(event, (listeners.get(event) ?? new Set()).add(listener)),
    removeListener: (event, listener) => listeners.get(event)?.delete(listener)
  }
  const emit = (event: string, ...args: unknown[]) => listeners.get(event)?.forEach((l) => l({}, ...args))
  return { transport, emit, listeners }
}

describe('createSourcemarkApi', () => {
  it('forwards contract channels and returns main’s result', async () => {
    const { transport } = fakeTransport(async () => ({ ok: true, value: { saved: false } }))
    const api = createSourcemarkApi(transport)
    const args = { suggestedName: 'a.md', content: '' }
    await expect(api.invoke('brief:save-markdown', args)).resolves.toEqual({
      ok: true,
      value: { saved: false }
    })
    expect(transport.invoke).toHaveBeenCalledWith('brief:save-markdown', args)
  })

  it('refuses a channel outside the contract without calling main', async () => {
    const { transport } = fakeTransport(async () => ({ ok: true, value: null }))
    const api = createSourcemarkApi(transport)
    const result = await api.invoke('fs:write' as IpcChannel, {} as never)
    expect(result).toEqual({ ok: false, error: 'Unknown IPC channel "fs:write"' })
    expect(transport.invoke).not.toHaveBeenCalled()
  })

  it('turns a failed transport call into an error result', async () => {
    const { transport } = fakeTransport(async () => {
      throw new Error('An object could not be cloned.')
    })
    const api = createSourcemarkApi(transport)
    await expect(api.invoke('article:open-files', {})).resolves.toEqual({
      ok: false,
      error: 'article:open-files failed: An object could not be cloned.'
    })
  })

  it('passes valid menu commands only, until unsubscribed', () => {
    const { transport, emit, listeners } = fakeTransport(async () => null)
    const api = createSourcemarkApi(transport)
    const received: MenuCommand[] = []
    const unsubscribe = api.onMenuCommand((command) => received.push(command))
    emit(MENU_COMMAND_EVENT, 'import')
    emit(MENU_COMMAND_EVENT, 'rm -rf')
    emit(MENU_COMMAND_EVENT, { command: 'import' })
    emit(MENU_COMMAND_EVENT, 'export-brief')
    unsubscribe()
    emit(MENU_COMMAND_EVENT, 'import')
    expect(received).toEqual(['import', 'export-brief'])
    expect(listeners.get(MENU_COMMAND_EVENT)?.size).toBe(0)
  })

  it('passes a quit backup request on, with nothing from the event, until unsubscribed', () => {
    const { transport, emit, listeners } = fakeTransport(async () => null)
    const api = createSourcemarkApi(transport)
    let requests = 0
    const unsubscribe = api.onQuitBackupRequest(() => requests++)
    emit(QUIT_BACKUP_EVENT)
    unsubscribe()
    emit(QUIT_BACKUP_EVENT)
    expect(requests).toBe(1)
    expect(listeners.get(QUIT_BACKUP_EVENT)?.size).toBe(0)
  })
})
