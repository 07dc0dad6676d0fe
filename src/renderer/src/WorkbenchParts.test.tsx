// The whole workbench, against a real library in real Chromium: a grade renders the reader, the
// inspector and what counts grades, not the header's actions, the library column or the article's
// heading, which show nothing a grade changes.
import { afterAll, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { Profiler } from 'react'
import { App } from './App'
import { db } from './db'
import { importArticle } from './db/articles'
import { markFirstRunDone } from './db/first-run'
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

  const renders = new Map<WorkbenchPart, number>()
  let workbenchCommits = 0
  await mountInTheme(
    <WorkbenchRenderProbe.Provider value={(part) => renders.set(part, (renders.get(part) ?? 0) + 1)}>
      <Profiler id="workbench" onRender={() => workbenchCommits++}>
        <App />
      </Profiler>
    </WorkbenchRenderProbe.Provider>
  )
  await expect.element(page.getByRole('heading', { name: 'Kursk withdrawal', level: 2 })).toBeVisible()
  await expect.element(page.getByRole('button', { name: 'Import' })).toBeVisible()
  // Each part rendered while the workbench opened: the probe hears them.
  expect([...renders.keys()].sort()).toEqual(['article heading', 'header actions', 'library column'])

  // The first grade of the selected sentence, then its change: the inspector shows each only once
  // the library holds it and the workbench has read it back.
  await userEvent.keyboard('2')
  await expect.element(credibility('2')).toBeChecked()
  renders.clear()
  const commitsBefore = workbenchCommits
  await userEvent.keyboard('4')
  await expect.element(credibility('4')).toBeChecked()
  expect(workbenchCommits).toBeGreaterThan(commitsBefore)
  expect(Object.fromEntries(renders)).toEqual({})
})
