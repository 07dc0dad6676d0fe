// The source registry: the picker never concatenates names or creates a source by accident,
// new sources are not graded until the analyst says, two sources can be merged, a cited source
// deleted with re-assignment, each undone; a sentence has several sources, by keyboard.
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { RegistryPage } from '../pages/registry-page'
import { WorkbenchPage } from '../pages/workbench-page'

test('s on an attributed sentence replaces its source by the name typed, never appends to it', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const zelenskyy = app.sentences().filter({ hasText: 'Zelenskyy expressed gratitude' })
  await zelenskyy.click()
  await app.setSource('Volodymyr Zelenskyy')
  await page.keyboard.press('Shift+B')
  await expect(zelenskyy).toHaveAttribute('data-rating', 'B-')

  // A new source has no reliability until graded: ? with a hint, never F.
  await app.select(1)
  await app.setSource('Oleksandr Kindratenko')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', '?-')
  await expect(app.sentence(1)).toHaveAttribute('aria-description', /source not graded yet/)
  await expect(app.inspector.getByTitle('source not graded yet')).toHaveText('?-')

  await page.keyboard.press('s')
  await expect(app.sourceField()).toBeFocused()
  await expect(app.sourceField()).toHaveValue('')
  await page.keyboard.type('Volodymyr Zelenskyy')
  await page.keyboard.press('Enter')
  await expect(app.sourceField()).not.toBeFocused()
  await expect(app.sourceField()).toHaveValue('Volodymyr Zelenskyy')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', 'B-')

  // The registry holds the two names, and no concatenation of them.
  await app.sourceField().click()
  await expect(app.dropdownOption(/^Volodymyr Zelenskyy \(B\)$/)).toHaveCount(1)
  await expect(app.dropdownOption(/^Oleksandr Kindratenko \(not graded\)$/)).toHaveCount(1)
  await expect(app.dropdownOption(/Zelenskyy.*Zelenskyy|Kindratenko.*Zelenskyy/)).toHaveCount(0)
  await page.keyboard.press('Escape')
  await app.sourceField().blur()

  // Enter finds a known name whatever its case.
  await app.select(2)
  await page.keyboard.press('s')
  await page.keyboard.type('oleksandr kindratenko')
  await page.keyboard.press('Enter')
  await expect(app.sourceField()).toHaveValue('Oleksandr Kindratenko')
  await expect(app.sentence(2)).toHaveAttribute('data-rating', '?-')

  // A new name and Enter create nothing: the analyst must choose the Create option.
  await app.select(3)
  await page.keyboard.press('s')
  await page.keyboard.type('Mykhailo Podolyak')
  await page.keyboard.press('Enter')
  await expect(app.sourceField()).toBeFocused()
  await expect(app.inspector.getByText('New name: choose “Create source”')).toBeVisible()
  await expect(app.sentence(3)).toHaveAttribute('data-rating', '')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(app.sourceField()).toHaveValue('Mykhailo Podolyak')
  await expect(app.sentence(3)).toHaveAttribute('data-rating', '?-')
})

test('merging a source moves its sentences to the other, and undo moves them back', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const gratitude = app.sentences().filter({ hasText: 'Zelenskyy expressed gratitude' })
  const wrote = app.sentences().filter({ hasText: 'Sharing details on X' })
  await gratitude.click()
  await app.setSource('Volodymyr Zelenskyy')
  await page.keyboard.press('Shift+B')
  await page.keyboard.press('2')
  await wrote.click()
  await app.setSource('Zelensky')
  await page.keyboard.press('3')
  await expect(wrote).toHaveAttribute('data-rating', '?3')

  // The twin is cited: deleting it would re-assign its sentence; it can be merged.
  let dialog = await app.openEditSource()
  await expect(dialog).toContainText(
    'Cited by 1 sentence in 1 article: deleting it re-assigns them to another source.'
  )
  await dialog.getByRole('button', { name: 'Merge into…' }).click()
  await dialog.getByRole('combobox', { name: 'Merge into' }).click()
  await app.dropdownOption('Volodymyr Zelenskyy').click()
  await expect(dialog).toContainText(
    '1 sentence in 1 article will be attributed to “Volodymyr Zelenskyy”. “Zelensky” becomes another name of “Volodymyr Zelenskyy”'
  )
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(wrote).toHaveAttribute('data-rating', 'B3')
  await expect(app.sourceField()).toHaveValue('Volodymyr Zelenskyy')
  dialog = await app.openEditSource()
  await expect(dialog.getByText('Zelensky', { exact: true })).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).first().click()

  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(page.getByRole('status')).toContainText('Undone: Merge sources')
  await expect(wrote).toHaveAttribute('data-rating', '?3')
  await expect(app.sourceField()).toHaveValue('Zelensky')
  await expect(gratitude).toHaveAttribute('data-rating', 'B2')
})

test('an article’s details are corrected after import, checked like an import, and undone', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const byline = page.getByTestId('article-byline')
  await expect(byline).toHaveText('Bundled sample')

  const dialog = await app.openEditArticle()
  await dialog.getByLabel('Title').fill('North Korean troops leave Kursk')
  await dialog.getByLabel('Outlet').fill('Kyiv Post')
  await dialog.getByLabel('Author').fill('Kyiv Post staff')
  await dialog.getByLabel('Published').fill('2025-01-31')
  await dialog.getByLabel('URL').fill('kyivpost.com/post/46121')
  await dialog.getByRole('button', { name: 'Save details' }).click()
  // Refused like an import, naming the field; nothing is saved.
  await expect(dialog.getByRole('alert')).toContainText(
    'URL: “kyivpost.com/post/46121” is not a web address (http:// or https://).'
  )
  await expect(byline).toHaveText('Bundled sample')

  await dialog.getByLabel('URL').fill('https://www.kyivpost.com/post/46121')
  await dialog.getByRole('button', { name: 'Save details' }).click()
  await expect(dialog).toBeHidden()
  await expect(byline).toHaveText(
    'Kyiv Post · Kyiv Post staff · 2025-01-31 · https://www.kyivpost.com/post/46121 · Bundled sample'
  )
  await expect(page.getByRole('heading', { name: 'North Korean troops leave Kursk' })).toBeVisible()
  await expect(app.library).toContainText('North Korean troops leave Kursk')

  // The brief shows the new details.
  await app.openExport()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Markdown' }).click()
  const markdown = await readFile((await (await download).path())!, 'utf8')
  expect(markdown).toContain(
    '**North Korean troops leave Kursk** — Kyiv Post, by Kyiv Post staff, published 31 January 2025.'
  )
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(page.getByRole('status')).toContainText('Undone: Edit article details')
  await expect(byline).toHaveText('Bundled sample')
  await expect(app.library).not.toContainText('North Korean troops leave Kursk')
})

test('a source no sentence cites any more is deleted from the registry, and undo brings it back', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  const registry = new RegistryPage(page)
  await app.openOnSample()
  await app.select(1)
  await app.setSource('Kindratenko')
  // The analyst corrects the name by picking another source: the first one is cited by nothing now.
  await app.setSource('Oleksandr Kindratenko')

  await registry.open()
  await expect(registry.row('Oleksandr Kindratenko')).toContainText('not graded')
  await expect(registry.row('Oleksandr Kindratenko')).toContainText('1')
  await expect(registry.row('Kindratenko')).toContainText('not used')
  const details = await registry.show('Kindratenko')
  await expect(details).toContainText('No sentence is attributed to it.')
  await details.getByRole('button', { name: 'Delete source' }).click()
  await expect(details).toContainText('Delete “Kindratenko” from the registry?')
  await details.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(details).toBeHidden()
  await expect(registry.row('Kindratenko')).toHaveCount(0)
  await expect(registry.row('Oleksandr Kindratenko')).toHaveCount(1)

  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(page.getByRole('status').first()).toContainText('Undone: Delete source')
  await expect(registry.row('Kindratenko')).toContainText('not used')
  // Esc leaves the registry (once the Undo button's tooltip, which a first Esc closes, is gone).
  await registry.view.getByRole('heading', { name: 'Source registry' }).click()
  await page.keyboard.press('Escape')
  await expect(registry.view).toBeHidden()
  await app.sourceField().click()
  await expect(app.dropdownOption(/^Kindratenko \(not graded\)$/)).toHaveCount(1)
})

test('merging two sources in the registry: every sentence follows, and undo takes it back', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  const registry = new RegistryPage(page)
  await app.openOnSample()
  // Two names of one man: the duplicate graded B cites two sentences, the full name (C) one.
  await app.select(1)
  await app.setSource('Col. Kindratenko')
  await page.keyboard.press('Shift+B')
  await page.keyboard.press('2')
  await app.select(2)
  await app.setSource('Col. Kindratenko')
  await app.select(3)
  await app.setSource('Oleksandr Kindratenko')
  await page.keyboard.press('Shift+C')
  await expect(app.sentence(2)).toHaveAttribute('data-rating', 'B-')
  await expect(app.sentence(3)).toHaveAttribute('data-rating', 'C-')

  // Shift+R opens the registry at the selected sentence's source.
  await app.select(1)
  await page.keyboard.press('Shift+R')
  let details = registry.details('Col. Kindratenko')
  await expect(details).toContainText('2 sentences attributed in 1 article')
  await expect(details).toContainText('Reliability: B — Usually reliable')
  await details.getByRole('button', { name: 'Merge into…' }).click()
  await registry.choose(details, 'Merge into', 'Oleksandr Kindratenko')
  await details.getByRole('button', { name: 'Merge', exact: true }).click()

  // The registry shows the source that stayed, with the other name kept and all three sentences.
  details = registry.details('Oleksandr Kindratenko')
  await expect(details).toContainText('Other names: Col. Kindratenko')
  await expect(details).toContainText('3 sentences attributed in 1 article')
  await expect(registry.row('Col. Kindratenko')).toHaveCount(0)
  await expect(registry.row('Oleksandr Kindratenko')).toContainText('also Col. Kindratenko')
  await expect(registry.row('Oleksandr Kindratenko')).toContainText('3')
  await registry.close()
  await expect(app.sentence(1)).toHaveAttribute('data-rating', 'C2')
  await expect(app.sentence(2)).toHaveAttribute('data-rating', 'C-')
  await expect(app.sentence(3)).toHaveAttribute('data-rating', 'C-')

  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(page.getByRole('status').first()).toContainText('Undone: Merge sources')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', 'B2')
  await expect(app.sentence(2)).toHaveAttribute('data-rating', 'B-')
  await expect(app.sentence(3)).toHaveAttribute('data-rating', 'C-')
  await app.select(1)
  await expect(app.sourceField()).toHaveValue('Col. Kindratenko')
})

test('a sentence is attributed to two sources by keyboard, and the rating follows the primary one', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const officials = app.sentences().filter({ hasText: 'According to Ukrainian officials and Western' })
  await officials.click()
  const index = Number(await officials.getAttribute('data-sentence-index'))

  await page.keyboard.press('s')
  await page.keyboard.type('Ukrainian officials')
  await expect(app.inspector).toContainText('kind guessed: government')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(app.sourceField()).toHaveValue('Ukrainian officials')
  await page.keyboard.press('Shift+B')
  await page.keyboard.press('3')
  await expect(app.sentence(index)).toHaveAttribute('data-rating', 'B3')

  // S adds a further source; Enter on the Create option creates it, as for the first.
  await page.keyboard.press('Shift+S')
  const add = app.inspector.getByLabel('Add source', { exact: true })
  await expect(add).toBeFocused()
  await page.keyboard.type('Western intelligence')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  const list = app.inspector.getByRole('list', { name: 'Sources of this sentence' })
  await expect(list.getByRole('listitem')).toHaveText([/^Ukrainian officials/, /^Western intelligence/])
  await expect(list).toContainText('Primary: Ukrainian officials')
  await expect(app.sentence(index)).toHaveAttribute('data-rating', 'B3')

  // The first source moves down with its button: the other is primary, and the rating its (not graded).
  await list.getByRole('button', { name: 'Move Ukrainian officials down' }).focus()
  await page.keyboard.press('Enter')
  await expect(list).toContainText('Primary: Western intelligence')
  await expect(list.getByRole('listitem')).toHaveText([/^Western intelligence/, /^Ukrainian officials/])
  await expect(app.sentence(index)).toHaveAttribute('data-rating', '?3')
  await expect(app.sourceField()).toHaveValue('Western intelligence')

  // Delete on a source's row removes it; Alt+↑ moves one up.
  await list.getByRole('button', { name: 'Remove Western intelligence' }).focus()
  await page.keyboard.press('Delete')
  await expect(list.getByRole('listitem')).toHaveText([/^Ukrainian officials/])
  await expect(app.sentence(index)).toHaveAttribute('data-rating', 'B3')

  // Each step is its own undoable action.
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(list).toContainText('Primary: Western intelligence')
  await list.getByRole('button', { name: 'Move Ukrainian officials up' }).focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expect(list).toContainText('Primary: Ukrainian officials')
})

test('a accepts every source the sentence names, with new names cleaned and their kinds guessed', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.sentences().filter({ hasText: 'According to Ukrainian officials and Western' }).click()
  const suggested = app.inspector.getByRole('group', { name: 'Suggested sources' })
  await expect(suggested).toContainText('Ukrainian officials · reported by')
  await expect(suggested).toContainText('Western intelligence · document')
  await expect(app.inspector).toContainText(
    'Kind guessed from the name, for a new source: Ukrainian officials — government'
  )
  await page.keyboard.press('a')
  const list = app.inspector.getByRole('list', { name: 'Sources of this sentence' })
  await expect(list.getByRole('listitem')).toHaveText([/^Ukrainian officials/, /^Western intelligence/])
  await expect(list.getByLabel('Role of Western intelligence')).toHaveValue('document')
  await expect(app.inspector).toContainText('government')

  // The first sentence's unnamed official is filed without the article.
  await app.select(0)
  await page.keyboard.press('a')
  await expect(app.sourceField()).toHaveValue('Ukrainian military official')
})

test('a cited source is deleted with its sentences re-assigned to another, and undo brings it back', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  const registry = new RegistryPage(page)
  await app.openOnSample()
  const gratitude = app.sentences().filter({ hasText: 'Zelenskyy expressed gratitude' })
  const wrote = app.sentences().filter({ hasText: 'Sharing details on X' })
  await gratitude.click()
  await app.setSource('Volodymyr Zelenskyy')
  await page.keyboard.press('Shift+B')
  await page.keyboard.press('2')
  await wrote.click()
  await app.setSource('Zelensky')
  await page.keyboard.press('3')
  await app.select(1)
  await app.setSource('Oleksandr Kindratenko')
  await expect(wrote).toHaveAttribute('data-rating', '?3')

  // The inspector opens the registry at the sentence's source.
  await app.inspector.getByRole('button', { name: 'Open in registry' }).click()
  await expect(registry.details('Oleksandr Kindratenko')).toContainText('Reliability: not graded yet')
  // Search by part of a name, whatever its case; filter by use and grade; sort by use.
  await registry.search('ZELENSK')
  await expect.poll(() => registry.names()).toEqual(['Volodymyr Zelenskyy', 'Zelensky'])
  await registry.search('')
  await registry.choose(registry.view, 'Reliability', 'not graded')
  await expect.poll(() => registry.names()).toEqual(['Oleksandr Kindratenko', 'Zelensky'])
  await registry.choose(registry.view, 'Reliability', 'B')
  await expect.poll(() => registry.names()).toEqual(['Volodymyr Zelenskyy'])

  // Choosing the grade again lifts the filter; sorted by use, the most cited come first.
  await registry.choose(registry.view, 'Reliability', 'B')
  await registry.choose(registry.view, 'Sort by', 'use')
  await registry.choose(registry.view, 'Use', 'used')
  await expect
    .poll(() => registry.names())
    .toEqual(['Oleksandr Kindratenko', 'Volodymyr Zelenskyy', 'Zelensky'])
  await registry.search('zelensky')
  const details = await registry.show('Zelensky')
  await details.getByRole('button', { name: 'Delete source' }).click()
  await expect(details).toContainText(
    '“Zelensky” is cited by 1 sentence in 1 article: choose the source they cite instead.'
  )
  await registry.choose(details, 'Re-assign to', 'Volodymyr Zelenskyy')
  await details.getByRole('button', { name: 'Delete and re-assign' }).click()
  const kept = registry.details('Volodymyr Zelenskyy')
  await expect(kept).toContainText('2 sentences attributed in 1 article')
  await expect(kept).not.toContainText('Other names')
  await expect(registry.row('Zelensky')).toHaveCount(0)

  // Each article it appears in is a click away, at its first sentence from the source.
  await kept
    .getByRole('button', { name: /^Open “.*” at its first sentence from Volodymyr Zelenskyy$/ })
    .click()
  await expect(registry.view).toBeHidden()
  await expect(gratitude).toHaveAttribute('data-selected', 'true')
  await expect(wrote).toHaveAttribute('data-rating', 'B3')

  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(page.getByRole('status').first()).toContainText('Undone: Delete source')
  await expect(wrote).toHaveAttribute('data-rating', '?3')
  await wrote.click()
  await expect(app.sourceField()).toHaveValue('Zelensky')
})
