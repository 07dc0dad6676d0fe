// The tags field in real Chromium over a real library: tags used elsewhere are offered as the
// analyst types, a new one is added with Enter, and each change is one undoable action.
import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import '@mantine/core/styles.css'
import { useLiveQuery } from 'dexie-react-hooks'
import type { Sentence } from '@shared/model'
import { db } from '../../db'
import { importArticle } from '../../db/articles'
import { setTags } from '../../db/assessments'
import { expandSentences } from '../../db/sentences'
import { undo } from '../../db/undo'
import { mountInApp } from '../../test-support/in-app'
import { TagsField } from './TagsField'

const TEXT = `Kyiv said 12 people were hurt. Moscow denied any strike. ${crypto.randomUUID()}`

function Field({ sentence }: { sentence: Sentence }) {
  const tags = useLiveQuery(() => db.assessments.get(sentence.id).then((a) => a?.tags ?? []), [sentence.id])
  if (!tags) return null
  return (
    <TagsField sentence={sentence} value={tags} onSave={(next) => void setTags(db, sentence, TEXT, next)} />
  )
}

describe('TagsField', () => {
  it('offers the library’s tags, adds a new one with Enter, and undo takes one change back', async () => {
    const outcome = await importArticle(db, { title: 'Strike', text: TEXT, origin: 'paste' })
    if (outcome.kind !== 'imported') throw new Error('expected a new import')
    const [hurt, denied] = expandSentences((await db.sentences.get(outcome.articleId))!)
    await setTags(db, denied, TEXT, ['casualties', 'denial'])

    await mountInApp(<Field sentence={hurt} />)
    const field = page.getByRole('combobox', { name: 'Tags' })
    await field.click()
    await userEvent.keyboard('cas')
    await page.getByRole('option', { name: 'casualties' }).click()
    await expect.poll(async () => (await db.assessments.get(hurt.id))?.tags).toEqual(['casualties'])

    await userEvent.keyboard('Kyiv region{Enter}')
    await expect
      .poll(async () => (await db.assessments.get(hurt.id))?.tags)
      .toEqual(['casualties', 'Kyiv region'])
    await expect.element(page.getByText('Kyiv region')).toBeVisible()

    expect(await undo(db)).toMatch(/Tag sentence 1/)
    await expect.poll(async () => (await db.assessments.get(hurt.id))?.tags).toEqual(['casualties'])
    await expect.element(page.getByText('Kyiv region')).not.toBeInTheDocument()
  })
})
