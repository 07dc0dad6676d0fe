// The whole workbench, against a real library in real Chromium: a grade renders the reader, the
// inspector's grades and what counts grades, not the header's actions, the library column, the
// article's heading or the inspector's other parts, which show nothing a grade changes.
import { afterAll, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { Profiler } from 'react'
import { App } from './App'
import { db } from './db'
import { importArticle } from './db/articles'
import { markFirstRunDone } from './db/first-run'
import { InspectorRenderProbe, type InspectorPart } from './features/inspector/render-probe'
import { mountInTheme, unmountAll } from './test-support/mount'
import { WorkbenchRenderProbe, type WorkbenchPart } from './WorkbenchParts'

afterAll(async () => {
  unmountAll()
  await db.delete()
})

const credibility = (value: string) =>
  page
    .getByRole('radiogroup', { name: /Credibility/ })
    .getByRole('radio', { name: new RegExp(`^${value}\\b`) })

it('a grade renders none of the parts that show nothing of it', async () => {
  await markFirstRunDone(db)
  const outcome = await importArticle(db, {
    title: 'Kursk withdrawal',
    text: 'Kursk withdrawal\n\nOfficials said the units had left. A second source confirmed it on Tuesday.\n',
    origin: 'paste'
  })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')

  const renders = new Map<WorkbenchPart | InspectorPart, number>()
  const told = (part: WorkbenchPart | InspectorPart) => renders.set(part, (renders.get(part) ?? 0) + 1)
  let workbenchCommits = 0
  await mountInTheme(
    <WorkbenchRenderProbe.Provider value={told}>
      <InspectorRenderProbe.Provider value={told}>
        <Profiler id="workbench" onRender={() => workbenchCommits++}>
          <App />
        </Profiler>
      </InspectorRenderProbe.Provider>
    </WorkbenchRenderProbe.Provider>
  )
  await expect.element(page.getByRole('heading', { name: 'Kursk withdrawal', level: 2 })).toBeVisible()
  await expect.element(page.getByRole('button', { name: 'Import' })).toBeVisible()
  // The inspector is in, every part of it (they come after the reader's first paint).
  await expect.element(page.getByText(/^History of this sentence/)).toBeVisible()
  // Each part rendered while the workbench opened: the probe hears them.
  expect([...renders.keys()]).toEqual(
    expect.arrayContaining([
      'article heading',
      'header actions',
      'library column',
      'editor',
      'sources',
      'fields'
    ])
  )

  // The first grade of the selected sentence, then its change: the inspector shows each only once
  // the library holds it and the workbench has read it back.
  await userEvent.keyboard('2')
  await expect.element(credibility('2')).toBeChecked()
  // The library column's own list counts the first grade of a sentence: it shows it first.
  await expect.element(page.getByText(/· 1 graded$/)).toBeVisible()
  renders.clear()
  const commitsBefore = workbenchCommits
  await userEvent.keyboard('4')
  await expect.element(credibility('4')).toBeChecked()
  expect(workbenchCommits).toBeGreaterThan(commitsBefore)
  expect(renders.get('grades')).toBeGreaterThan(0)
  for (const part of [
    'header actions',
    'library column',
    'article heading',
    'editor',
    'sources',
    'fields',
    'links',
    'judgments'
  ] as const)
    expect(renders.get(part), part).toBeUndefined()
})
