// What a stored grade renders in the inspector, counted with React's Profiler against a real
// library in real Chromium: the grade controls and the history list, not the links or the key
// judgments panels, unless what they show changed.
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { act } from 'react'
import { db, serially } from '../../db'
import { importArticle } from '../../db/articles'
import { setTags, updateAssessment } from '../../db/assessments'
import { expandSentences } from '../../db/sentences'
import { mountInApp } from '../../test-support/in-app'
import { useWorkspace } from '../reader/use-workspace'
import { Inspector } from './Inspector'
import { InspectorRenderProbe, type InspectorPart } from './render-probe'

const rendered = new Map<InspectorPart, number>()
const probe = (part: InspectorPart) => rendered.set(part, (rendered.get(part) ?? 0) + 1)
const noop = () => undefined
const total = () => [...rendered.values()].reduce((a, b) => a + b, 0)
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))

/** Until the panels stop rendering (they load, measure and read on their own after mounting). */
async function settled() {
  for (let quiet = 0; quiet < 5;) {
    const before = total()
    await act(frame)
    quiet = total() === before ? quiet + 1 : 0
  }
}

function Workbench({ articleId, index }: { articleId: string; index: number }) {
  const workspace = useWorkspace(articleId)
  if (!workspace) return null
  return (
    <Inspector
      workspace={workspace}
      sentence={workspace.sentences[index]}
      onError={noop}
      onJudgmentStarted={noop}
      onOpenJudgment={noop}
      onOpenRegistry={noop}
    />
  )
}

afterEach(() => {
  rendered.clear()
})

async function imported() {
  const text =
    `Kursk withdrawal ${crypto.randomUUID()}\n\n` +
    'North Korean troops left the Kursk region, Ukrainian officials said. ' +
    'Russian state media denied the report. ' +
    'Satellite images showed empty camps near the border.\n'
  const outcome = await importArticle(db, { title: 'Kursk withdrawal', text, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  const article = (await db.articles.get(outcome.articleId))!
  const sentences = expandSentences((await db.sentences.get(outcome.articleId))!)
  return { articleId: outcome.articleId, sentences, text: (await db.texts.get(article.id))?.text ?? text }
}

async function mount(articleId: string, index: number) {
  await mountInApp(
    <InspectorRenderProbe.Provider value={probe}>
      <Workbench articleId={articleId} index={index} />
    </InspectorRenderProbe.Provider>
  )
  // Every panel is in, the ones fetched after the first paint too.
  await expect.element(page.getByText('History of this sentence (0)')).toBeVisible()
  // The history open, as an analyst reading it has it.
  await page.getByText('History of this sentence (0)').click()
  await expect.element(page.getByText('Not graded yet.')).toBeVisible()
  await expect.element(page.getByRole('button', { name: /Start judgment from sentence/ })).toBeVisible()
  await expect.element(page.getByTestId('corroboration-status')).toBeVisible()
  await settled()
  rendered.clear()
}

const credibility = (value: string) => page.getByRole('radio', { name: new RegExp(`^${value}\\b`) })

describe('a stored grade', () => {
  it('renders the grade controls and the history list, not the links or key judgments panels', async () => {
    const { articleId, sentences, text } = await imported()
    await mount(articleId, 1)

    await serially(() => updateAssessment(db, sentences[1], text, { credibility: 3 }))
    await expect.element(page.getByText('History of this sentence (1)')).toBeVisible()
    await expect.element(credibility('3')).toBeChecked()
    await settled()

    expect(rendered.get('links')).toBeUndefined()
    expect(rendered.get('judgments')).toBeUndefined()
    expect(rendered.get('history')).toBe(1)
    expect(rendered.get('grades')).toBeGreaterThan(0)
    // Nor the sentence's text, its sources, or the fields below the grades.
    expect(rendered.get('editor')).toBeUndefined()
    expect(rendered.get('sources')).toBeUndefined()
    expect(rendered.get('fields')).toBeUndefined()
  })

  it('renders its own change in the history list, not the changes listed before it', async () => {
    const { articleId, sentences, text } = await imported()
    await mount(articleId, 1)

    for (const credibility of [2, 3] as const)
      await serially(() => updateAssessment(db, sentences[1], text, { credibility }))
    await expect.element(page.getByText('History of this sentence (2)')).toBeVisible()
    await settled()
    rendered.clear()
    await serially(() => updateAssessment(db, sentences[1], text, { credibility: 4 }))
    await expect.element(page.getByText('History of this sentence (3)')).toBeVisible()
    await settled()
    expect(rendered.get('history entry')).toBe(1)
  })

  it('renders the fields when what they show changes: tags, a note, a claim type', async () => {
    const { articleId, sentences, text } = await imported()
    await mount(articleId, 1)

    await serially(() => setTags(db, sentences[1], text, ['troops']))
    await expect.element(page.getByText('troops', { exact: true })).toBeVisible()
    await serially(() =>
      updateAssessment(db, sentences[1], text, { note: 'Seen twice.', claimType: 'opinion' })
    )
    await expect.element(page.getByLabelText('Note')).toHaveValue('Seen twice.')
    await expect.element(page.getByLabelText('Claim type')).toHaveValue('opinion')
    await settled()
    expect(rendered.get('fields')).toBeGreaterThan(0)
    expect(rendered.get('editor')).toBeUndefined()
  })

  it('still renders the links panel when its warning changes (credibility 1 with no independent support)', async () => {
    const { articleId, sentences, text } = await imported()
    await mount(articleId, 1)

    await serially(() => updateAssessment(db, sentences[1], text, { credibility: 1 }))
    await expect.element(page.getByText(/Credibility 1 \(Confirmed by other sources\) needs/)).toBeVisible()
    await settled()
    expect(rendered.get('links')).toBeGreaterThan(0)
    expect(rendered.get('judgments')).toBeUndefined()
  })
})
