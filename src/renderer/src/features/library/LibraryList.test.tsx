// The library list in real Chromium over the real library: each article with how much of it is
// graded, brought up to date at once after a grade, with nothing animating after it (a bar that
// slid to its new width would lay the page out again in every frame the next key waits behind).
import '@mantine/core/styles.css'
import { expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { db } from '../../db'
import { getArticle, importArticle } from '../../db/articles'
import { updateAssessment } from '../../db/assessments'
import { expandSentences } from '../../db/sentences'
import { mountInApp } from '../../test-support/in-app'
import { LibraryList } from './LibraryList'

const AID = [
  'Sweden announces new defence package',
  'Sweden will send air-defence systems to Ukraine, its defence minister said. The package is its largest so far.'
].join('\n')

it('shows a grade in the counts and the bar at once, with no transition running after it', async () => {
  const outcome = await importArticle(db, { title: 'Swedish aid', text: AID, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  await mountInApp(<LibraryList selectedId={outcome.articleId} onOpen={() => undefined} />)
  const counts = page.getByTestId('article-counts')
  await expect.element(counts).toHaveTextContent('3 sentences · 0 graded')

  const article = (await getArticle(db, outcome.articleId))!
  const sentences = expandSentences((await db.sentences.get(outcome.articleId))!)
  await updateAssessment(db, sentences[1]!, article.text, { credibility: 2 })
  await expect.element(counts).toHaveTextContent('3 sentences · 1 graded')
  await expect.element(page.getByRole('progressbar', { name: '1 of 3 sentences graded' })).toBeVisible()
  // getAnimations brings styles up to date first: a transition the new width started is listed.
  expect(document.getAnimations()).toEqual([])
})
