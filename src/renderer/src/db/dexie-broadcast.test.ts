// What a worker's write announces is kept for the page to send once it has shown what the write
// changed (holdDexieBroadcast, in the importer's worker), and nothing kept is ever left unsent.
// Real BroadcastChannels: another window is another channel object of the same name.
import { afterAll, describe, expect, it } from 'vitest'
import { announceChanges, DEXIE_STORAGE_MUTATED_CHANNEL, holdDexieBroadcast } from './dexie-broadcast'

const Original = globalThis.BroadcastChannel
const announcedBy = holdDexieBroadcast()
// Made as Dexie makes its channel in a worker: after the hold is in place.
const dexie = new BroadcastChannel(DEXIE_STORAGE_MUTATED_CHANNEL)
const heard: unknown[] = []
const otherWindow = new Original(DEXIE_STORAGE_MUTATED_CHANNEL)
otherWindow.onmessage = (event: MessageEvent) => heard.push(event.data)

afterAll(() => {
  globalThis.BroadcastChannel = Original
  dexie.close()
  otherWindow.close()
})

/** This file's own library: other tests' Dexie announce their writes on the same channel. */
const LIBRARY = `idb://broadcast-${crypto.randomUUID()}/`

/** A part of what Dexie announces, named by `n`. */
const part = (n: number) => ({ [`${LIBRARY}articles/${n}`]: {} })

const ours = (message: unknown) => Object.keys(message as object).some((key) => key.startsWith(LIBRARY))

/**
 * What of this file's own was heard since the last call, once every message posted until now has
 * been delivered.
 */
async function heardSoFar(): Promise<unknown[]> {
  const mark = { mark: crypto.randomUUID() }
  const sender = new Original(DEXIE_STORAGE_MUTATED_CHANNEL)
  sender.postMessage(mark)
  sender.close()
  await expect.poll(() => heard.some((m) => (m as { mark?: string }).mark === mark.mark)).toBe(true)
  return heard.splice(0).filter(ours)
}

describe('a worker write’s announcements, held', () => {
  it('are kept while the write runs and handed back with its result, and later ones are sent', async () => {
    await heardSoFar()
    const { value, changes } = await announcedBy(async () => {
      dexie.postMessage(part(1))
      await Promise.resolve()
      dexie.postMessage(part(2))
      return 'written'
    })
    expect(value).toBe('written')
    expect(changes).toEqual([part(1), part(2)])
    dexie.postMessage(part(3))
    expect(await heardSoFar()).toEqual([part(3)])
    // The page sends what it was handed: another window hears it as Dexie's own.
    announceChanges(changes)
    expect(await heardSoFar()).toEqual([part(1), part(2)])
  })

  it('are sent at once when the write fails, and the failure is the caller’s', async () => {
    await heardSoFar()
    const failed = announcedBy(async () => {
      dexie.postMessage(part(4))
      throw new Error('refused')
    })
    await expect(failed).rejects.toThrow('refused')
    expect(await heardSoFar()).toEqual([part(4)])
  })

  it('of writes that overlap go with the last to end, none sent before it and none lost', async () => {
    await heardSoFar()
    let endFirst = () => undefined as void
    const first = announcedBy(async () => {
      dexie.postMessage(part(5))
      await new Promise<void>((resolve) => (endFirst = resolve))
    })
    const second = announcedBy(async () => {
      dexie.postMessage(part(6))
      endFirst()
      await first
      dexie.postMessage(part(7))
    })
    expect((await first).changes).toEqual([])
    expect((await second).changes).toEqual([part(5), part(6), part(7)])
    expect(await heardSoFar()).toEqual([])
  })
})
