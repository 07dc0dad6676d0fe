// The export dialog over a real library, with the brief's real worker: no export can start while
// the check is still to say what the brief would misstate, so the buttons never move down under
// the pointer when the check's list comes in above them.
import { expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { db } from '../../db'
import { importArticle } from '../../db/articles'
import { mountInApp } from '../../test-support/in-app'
import { ExportBriefDialog } from './ExportBriefDialog'

const noop = () => undefined

it('enables its exports once the check is in, never while it says it is checking', async () => {
  const outcome = await importArticle(db, {
    title: 'Withdrawal from Kursk',
    text: 'Officials said the troops withdrew. Residents saw the convoy leave.\n',
    origin: 'paste'
  })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')

  // After each change to the page: is the check still running, and can Markdown be clicked?
  const seen = new Set<string>()
  const observer = new MutationObserver(() => {
    const markdown = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Markdown')
    if (!markdown) return
    const checking = document.body.textContent!.includes('Checking the brief…')
    seen.add(`${checking ? 'checking' : 'checked'}, Markdown ${markdown.disabled ? 'disabled' : 'enabled'}`)
  })
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
  await mountInApp(
    <ExportBriefDialog
      opened
      articleId={outcome.articleId}
      articleTitle="Withdrawal from Kursk"
      onClose={noop}
      onShowSentence={noop}
      onShowJudgment={noop}
    />
  )
  const dialog = page.getByRole('dialog', { name: 'Export brief' })
  await expect.element(dialog.getByRole('button', { name: 'Markdown' })).toBeEnabled()
  observer.disconnect()

  expect(document.body.textContent).not.toContain('Checking the brief…')
  expect(seen).toContain('checking, Markdown disabled')
  expect(seen).not.toContain('checking, Markdown enabled')
})
