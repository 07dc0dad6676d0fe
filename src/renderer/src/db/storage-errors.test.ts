// Real error objects, as Chromium and Dexie make them, turned into plain words.
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { describeStorageError, plainErrorMessage, plainMessageText, storageProblem } from './storage-errors'

const RAW =
  /QuotaExceededError|InvalidStateError|UnknownError|DatabaseClosedError|OpenFailedError|MissingAPIError|bit\.ly|tinyurl/

describe('storage errors in plain words', () => {
  it('a full disk, bare or wrapped by Dexie, says to free space and back up', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    const cases = [
      quota,
      new Dexie.QuotaExceededError('Transaction failed', quota),
      new Dexie.AbortError(quota),
      new Dexie.BulkError('3 of 3 operations failed', { 0: new Dexie.QuotaExceededError(quota) }),
      new Dexie.UnknownError(
        new DOMException('Encountered full disk while opening backing store', 'UnknownError')
      )
    ]
    for (const error of cases) {
      expect(storageProblem(error)).toBe('full')
      const text = describeStorageError(error)!
      expect(text).toContain('Free some disk space')
      expect(text).toContain('Back up workspace')
      expect(text).not.toMatch(RAW)
    }
  })

  it('IndexedDB missing says to leave the private window or allow site data', () => {
    const missing = new Dexie.MissingAPIError()
    expect(missing.message).toContain('tinyurl.com')
    expect(describeStorageError(missing)).toContain('private window')
    expect(describeStorageError(new Dexie.OpenFailedError(missing))).toContain('private window')
  })

  it('a database closed or deleted under the app says to reload and restore', async () => {
    // A real one: the database deleted while a connection was open, then read from.
    const db = new Dexie(`closed-${crypto.randomUUID()}`)
    db.version(1).stores({ articles: 'id' })
    await db.open()
    await db.delete({ disableAutoOpen: true })
    const closed = await db
      .table('articles')
      .count()
      .catch((error: unknown) => error)
    expect(closed).toBeInstanceOf(Dexie.DatabaseClosedError)
    for (const error of [
      closed,
      new Dexie.DatabaseClosedError(),
      new DOMException('The database connection is closing.', 'InvalidStateError')
    ]) {
      expect(describeStorageError(error)).toContain('Reload Sourcemark')
      expect(describeStorageError(error)).not.toMatch(RAW)
    }
  })

  it('other storage failures say to restart, without their raw names', () => {
    for (const error of [
      new DOMException('Internal error.', 'UnknownError'),
      new Dexie.OpenFailedError(new DOMException('Internal error opening backing store', 'UnknownError')),
      new DOMException(
        'A mutation operation was attempted on a database that did not allow mutations.',
        'InvalidStateError'
      )
    ]) {
      expect(describeStorageError(error)).toContain('Restart Sourcemark')
    }
  })

  it('leaves other errors alone, but drops Dexie’s shortened links', () => {
    expect(describeStorageError(new Error('“kursk.pdf” has no text layer'))).toBeNull()
    expect(plainErrorMessage(new Error('“kursk.pdf” has no text layer'))).toBe(
      '“kursk.pdf” has no text layer'
    )
    const premature = new Dexie.PrematureCommitError(
      'Transaction committed too early. See http://bit.ly/2kdckMn'
    )
    expect(plainErrorMessage(premature)).toBe('Transaction committed too early')
  })

  it('rewrites a message already written around a raw error, keeping what failed', () => {
    const raw = `Backup failed: ${new Dexie.AbortError(new DOMException('The quota has been exceeded.', 'QuotaExceededError')).message}`
    expect(raw).toContain('QuotaExceededError')
    const plain = plainMessageText(raw)
    expect(plain).toMatch(/^Backup failed: The disk \(or the browser’s share of it\) is full/)
    expect(plain).not.toMatch(RAW)
    expect(plainMessageText('Deleted “Kursk”.')).toBe('Deleted “Kursk”.')
  })
})

describe('a real quota error from this browser', () => {
  // IndexedDB's quota here is a share of the whole disk and cannot be shrunk from a page, so the
  // real quota error provoked is localStorage's, which Chromium caps at a few megabytes.
  afterEach(() => localStorage.removeItem('sourcemark-quota-probe'))

  it('is recognised and explained', () => {
    let thrown: unknown
    try {
      localStorage.setItem('sourcemark-quota-probe', 'x'.repeat(12 * 1024 * 1024))
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(DOMException)
    expect((thrown as DOMException).name).toBe('QuotaExceededError')
    expect(describeStorageError(thrown)).toContain('Free some disk space')
  })
})
