// The summary of a batch import says, per file, what became of it, and opens the article each
// imported or duplicate file stands for.
import { describe, expect, it, vi } from 'vitest'
import { page } from 'vitest/browser'
import { mountInApp } from '../../test-support/in-app'
import { BatchSummary } from './BatchSummary'

const section = (name: string) =>
  page.getByRole('region', { name: 'Import summary' }).getByRole('region', { name, exact: true })

describe('the batch summary', () => {
  it('lists every kind of outcome under its own heading, and opens what was imported or already there', async () => {
    const onOpen = vi.fn()
    await mountInApp(
      <BatchSummary
        onOpen={onOpen}
        summary={{
          imported: [
            {
              fileName: 'kharkiv.txt',
              title: 'Kharkiv grid repairs',
              articleId: 'a1',
              sentenceCount: 12_400,
              note: '1 line without a sentence end became 3 parts.'
            }
          ],
          merged: [{ fileName: 'kursk-again.txt', title: 'Kursk withdrawal', articleId: 'a2' }],
          notImported: [
            { fileName: 'photo.txt', reason: 'it is not text.' },
            { fileName: 'library.json', reason: 'it is a Sourcemark backup.' }
          ],
          leftOut: [{ fileName: 'odesa.txt' }]
        }}
      />
    )
    const lines: [string, string][] = [
      [
        'Imported (1)',
        '“Kharkiv grid repairs” from kharkiv.txt: 12,400 sentences. 1 line without a sentence end became 3 parts.'
      ],
      [
        'Merged as duplicate (1)',
        'kursk-again.txt: the same text as “Kursk withdrawal”, already in the library; nothing written.'
      ],
      ['Not imported (2)', 'photo.txt: it is not text.library.json: it is a Sourcemark backup.'],
      ['Left out (1)', 'odesa.txt']
    ]
    for (const [name, text] of lines) await expect.element(section(name)).toHaveTextContent(text)
    // Only the files that stand for an article in the library open one.
    expect(page.getByRole('button').elements()).toHaveLength(2)

    await page.getByRole('button', { name: 'Open “Kharkiv grid repairs”' }).click()
    await page.getByRole('button', { name: 'Open “Kursk withdrawal”' }).click()
    expect(onOpen.mock.calls).toEqual([
      ['a1', 'Kharkiv grid repairs'],
      ['a2', 'Kursk withdrawal']
    ])
  })

  it('shows no heading for a kind no file had', async () => {
    await mountInApp(
      <BatchSummary
        onOpen={() => {}}
        summary={{ imported: [], merged: [], notImported: [], leftOut: [{ fileName: 'odesa.txt' }] }}
      />
    )
    await expect.element(section('Left out (1)')).toBeVisible()
    expect(
      page
        .getByRole('heading')
        .elements()
        .map((h) => h.textContent)
    ).toEqual(['Left out (1)'])
  })
})
