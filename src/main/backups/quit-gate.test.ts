import { describe, expect, it } from 'vitest'
import { QuitBackupGate } from './quit-gate'

function harness() {
  const events: string[] = []
  let fire: (() => void) | null = null
  const gate = new QuitBackupGate(
    {
      requestBackup: () => events.push('backup requested'),
      close: () => events.push('closed'),
      setTimer: (callback) => {
        fire = callback
        return 1
      },
      clearTimer: () => {
        fire = null
      }
    },
    10_000
  )
  return { gate, events, timeout: () => fire?.() }
}

describe('QuitBackupGate', () => {
  it('holds the first close until the last backup is written, then closes once', () => {
    const { gate, events, timeout } = harness()
    expect(gate.holdClose()).toBe(true)
    expect(gate.holdClose()).toBe(true)
    expect(events).toEqual(['backup requested'])
    gate.backupFinished()
    expect(events).toEqual(['backup requested', 'closed'])
    // The close it triggers goes through; a late timer does nothing.
    expect(gate.holdClose()).toBe(false)
    timeout()
    expect(events).toEqual(['backup requested', 'closed'])
  })

  it('closes after the bounded wait when the renderer never answers', () => {
    const { gate, events, timeout } = harness()
    gate.holdClose()
    timeout()
    expect(events).toEqual(['backup requested', 'closed'])
    gate.backupFinished()
    expect(events).toEqual(['backup requested', 'closed'])
  })

  it('ignores a backup finished before any close was asked for', () => {
    const { gate, events } = harness()
    gate.backupFinished()
    expect(events).toEqual([])
    expect(gate.holdClose()).toBe(true)
  })
})
