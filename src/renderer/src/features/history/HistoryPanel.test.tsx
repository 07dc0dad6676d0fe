// A sentence's trail in the inspector: the newest changes, and the rest on demand, so a sentence
// graded many times does not render its whole trail at every grade.
import { describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import type { Credibility } from '@shared/model'
import { db, serially } from '../../db'
import { importArticle } from '../../db/articles'
import { updateAssessment } from '../../db/assessments'
import { expandSentences } from '../../db/sentences'
import { mountInApp } from '../../test-support/in-app'
import { HISTORY_SHOWN, HistoryPanel } from './HistoryPanel'

describe('HistoryPanel', () => {
  it(`shows the newest ${HISTORY_SHOWN} changes of a long trail, and all of them when asked`, async () => {
    const text = `Kursk ${crypto.randomUUID()}\n\nTroops left the Kursk region, officials said.\n`
    const outcome = await importArticle(db, { title: 'Kursk', text, origin: 'paste' })
    if (outcome.kind !== 'imported') throw new Error('expected a new import')
    const sentence = expandSentences((await db.sentences.get(outcome.articleId))!).at(-1)!
    const stored = (await db.texts.get(outcome.articleId))!.text
    const grades = HISTORY_SHOWN + 5
    for (let i = 0; i < grades; i++)
      await serially(() =>
        updateAssessment(db, sentence, stored, { credibility: ((i % 6) + 1) as Credibility })
      )

    const { host } = await mountInApp(<HistoryPanel sentence={sentence} links={[]} sources={new Map()} />)
    await page.getByText(`History of this sentence (${grades})`).click()
    const items = () => host.querySelectorAll('.mantine-Timeline-item').length
    await expect.poll(items).toBe(HISTORY_SHOWN)
    await page.getByRole('button', { name: `Show all ${grades} changes` }).click()
    await expect.poll(items).toBe(grades)
    await expect.element(page.getByRole('button', { name: /Show all/ })).not.toBeInTheDocument()
  })
})
