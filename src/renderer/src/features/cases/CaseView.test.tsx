// The case view in real Chromium over the real library: a case that opens in a few frames shows
// no spinner on its way (one drawn at once flashed by, each of its frames drawn by the compositor
// on a core the case's render was waiting for), then the case itself.
import '@mantine/core/styles.css'
import { expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { db } from '../../db'
import { createCase } from '../../db/cases'
import { mountInApp } from '../../test-support/in-app'
import { CaseView } from './CaseView'

it('opens a case with no spinner drawn at once while its rows are read', async () => {
  const kase = await createCase(db, 'Kursk deployment')
  const ignore = () => undefined
  await mountInApp(
    <CaseView
      caseId={kase.id}
      onOpenArticle={ignore}
      onGoToSentence={ignore}
      onExport={ignore}
      onDeleted={ignore}
      onError={ignore}
    />
  )
  // Mounted while its live queries are still reading: the wait is under way, with nothing drawn.
  const region = page.getByRole('region', { name: 'Case', exact: true })
  expect(document.querySelector('[role="region"][aria-label="Case"]')).toBeNull()
  expect(document.querySelector('[aria-label="Loading case"]')).toBeNull()
  await expect.element(region.getByRole('heading', { name: 'Kursk deployment' })).toBeVisible()
})
