import { describe, expect, it } from 'vitest'
import { serially } from './index'

/** A write that ends with its name when told to (at once, if told before it started), noting when it started. */
function heldWrite(log: string[], name: string) {
  let told = false
  let end: ((value: string) => void) | undefined
  const write = () => {
    log.push(`${name} started`)
    return new Promise<string>((resolve) => (told ? resolve(name) : (end = resolve)))
  }
  return {
    write,
    end: () => {
      told = true
      end?.(name)
    }
  }
}

describe('serially', () => {
  it('starts a write asked for while none is under way in the task that asked for it', async () => {
    const log: string[] = []
    const first = heldWrite(log, 'first')
    const written = serially(first.write)
    // Before any microtask: a grade's message leaves before the reader renders its key.
    const startedAtOnce = [...log]
    first.end()
    await expect(written).resolves.toBe('first')
    expect(startedAtOnce).toEqual(['first started'])
  })

  it('starts a write asked for while another is under way only once that one has ended, in order', async () => {
    const log: string[] = []
    const first = heldWrite(log, 'first')
    const second = heldWrite(log, 'second')
    const third = heldWrite(log, 'third')
    const writes = [serially(first.write), serially(second.write), serially(third.write)]
    await Promise.resolve()
    expect(log).toEqual(['first started'])
    first.end()
    await writes[0]
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(log).toEqual(['first started', 'second started'])
    second.end()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(log).toEqual(['first started', 'second started', 'third started'])
    third.end()
    await expect(Promise.all(writes)).resolves.toEqual(['first', 'second', 'third'])
    // All ended: the next starts at once again.
    const fourth = heldWrite(log, 'fourth')
    const last = serially(fourth.write)
    const startedAtOnce = log.at(-1)
    fourth.end()
    await last
    expect(startedAtOnce).toBe('fourth started')
  })

  it('rejects a write that throws before its first wait, and goes on with the next', async () => {
    const failed = serially(() => {
      throw new Error('The library refused it.')
    })
    const log: string[] = []
    const next = heldWrite(log, 'next')
    const written = serially(next.write)
    await expect(failed).rejects.toThrow('The library refused it.')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(log).toEqual(['next started'])
    next.end()
    await expect(written).resolves.toBe('next')
  })

  it('goes on after a write that fails, and starts at once once it has ended', async () => {
    const failed = serially(() => Promise.reject(new Error('Quota exceeded.')))
    await expect(failed).rejects.toThrow('Quota exceeded.')
    await new Promise((resolve) => setTimeout(resolve, 0))
    let started = false
    const written = serially(async () => {
      started = true
      return 'written'
    })
    const startedAtOnce = started
    await expect(written).resolves.toBe('written')
    expect(startedAtOnce).toBe(true)
  })
})
