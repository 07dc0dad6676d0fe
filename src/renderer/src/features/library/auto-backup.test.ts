// Automatic backups from real actions on a real database. The host side (main writing the file)
// cannot run here; it is stood in for by a list, and tested on its own in src/main/backups.
import { afterEach, describe, expect, it } from 'vitest'
import { parseBackup } from '@shared/backup'
import type { AutoBackupInfo, AutoBackupReason } from '@shared/ipc/contract'
import { getArticle } from '../../db/articles'
import { updateAssessment } from '../../db/assessments'
import { serially } from '../../db'
import { SourcemarkDatabase } from '../../db/database'
import { ensureSample } from '../../db/first-run'
import { expandSentences } from '../../db/sentences'
import type { AutoBackups } from '../../platform/platform'
import { browserPlatform, LIBRARY_MARKER_KEY } from '../../platform/browser'
import { BACKUP_EVERY_ACTIONS, startAutoBackups } from './auto-backup'

const dbs: SourcemarkDatabase[] = []
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
  localStorage.removeItem(LIBRARY_MARKER_KEY)
})

async function sample() {
  const db = new SourcemarkDatabase(`auto-${crypto.randomUUID()}`)
  dbs.push(db)
  const id = (await ensureSample(db))!
  const article = (await getArticle(db, id))!
  const sentences = expandSentences((await db.sentences.get(id))!)
  return { db, article, sentences }
}

function folder() {
  const written: { json: string; articleCount: number; reason: AutoBackupReason }[] = []
  let quit: (() => void) | null = null
  const backups: AutoBackups = {
    async write(json, articleCount, reason) {
      written.push({ json, articleCount, reason })
      return {
        fileName: `b${written.length}`,
        writtenAt: new Date().toISOString(),
        size: json.length,
        articleCount
      }
    },
    list: async () => [] as AutoBackupInfo[],
    declineQuit: async () => {},
    read: async () => ({ fileName: '', bytes: new Uint8Array() }),
    onQuitRequest: (listener) => {
      quit = listener
      return () => (quit = null)
    }
  }
  return { backups, written, quit: () => quit?.() }
}

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 20))
}

describe('automatic backups', () => {
  it('are written after every N actions and on quit, holding the grades', async () => {
    const { db, article, sentences } = await sample()
    const { backups, written, quit } = folder()
    const marker = browserPlatform.libraryMarker
    const stop = startAutoBackups(backups, { every: 3, marker }, db)

    for (const [i, credibility] of ([2, 3] as const).entries())
      await updateAssessment(db, sentences[i + 1], article.text, { credibility })
    expect(written).toEqual([])
    await updateAssessment(db, sentences[3], article.text, { credibility: 4 })
    await until(() => written.length === 1)
    expect(written[0]).toMatchObject({ articleCount: 1, reason: 'changes' })
    const parsed = parseBackup(written[0].json, 'auto.json')
    expect(parsed.ok && parsed.backup.assessments.map((a) => a.credibility).sort()).toEqual([2, 3, 4])

    quit()
    await until(() => written.length === 2)
    expect(written[1].reason).toBe('quit')
    // The marker knows what the backup holds before the window may close.
    expect(await marker.read()).toMatchObject({ articles: 1, graded: 3 })

    stop()
    quit()
    for (let i = 0; i < 3; i++) await updateAssessment(db, sentences[1], article.text, { credibility: 5 })
    // A backup started by those actions would have been queued before this no-op: wait it out.
    await serially(async () => undefined)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(written).toHaveLength(2)
  })

  it('by default, after every 25 actions', async () => {
    const { db, article, sentences } = await sample()
    const { backups, written } = folder()
    const stop = startAutoBackups(backups, {}, db)
    expect(BACKUP_EVERY_ACTIONS).toBe(25)
    for (let i = 0; i < 24; i++)
      await updateAssessment(db, sentences[1], article.text, { credibility: ((i % 6) + 1) as 1 })
    await serially(async () => undefined)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(written).toHaveLength(0)
    await updateAssessment(db, sentences[2], article.text, { credibility: 1 })
    await until(() => written.length === 1)
    stop()
  })
})
