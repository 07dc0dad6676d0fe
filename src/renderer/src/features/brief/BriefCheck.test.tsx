// The brief check as the export dialog shows it, in real Chromium, over the issues the real check
// finds in the graded sample with a key judgment: each issue opens what it is about in place and
// the dialog stays open; only "Go to" leaves it.
import { describe, expect, it, vi } from 'vitest'
import { act, useState } from 'react'
import { page } from 'vitest/browser'
import { Modal } from '@mantine/core'
import { checkBrief } from '@shared/brief/check'
import { kurskBrief } from '@shared/brief/kursk.fixture'
import { buildBrief } from '@shared/brief/model'
import type { Judgment } from '@shared/model'
import { normaliseText } from '@shared/text'
import sampleText from '../../../../../resources/samples/dprk-kursk.txt?raw'
import { mountInTheme } from '../../test-support/mount'
import { BriefCheck } from './BriefCheck'

const at = '2026-11-27T10:00:00.000Z'
const judgment: Judgment = {
  id: 'j-withdrawal',
  caseId: 'case-kursk',
  position: 0,
  text: 'North Korean units have possibly left the Kursk front.',
  likelihood: 'likely',
  confidence: 'High',
  confidenceReason: 'Ukrainian special forces report it.',
  evidence: [
    { relation: 'supports', target: { kind: 'sentence', sentenceId: 'dprk:1' }, note: '' },
    { relation: 'supports', target: { kind: 'sentence', sentenceId: 'dprk:2' }, note: '' }
  ],
  assumptions: '',
  alternatives: '',
  needsRewording: false,
  createdAt: at,
  updatedAt: at
}

function issues() {
  const all = checkBrief(buildBrief({ ...kurskBrief(normaliseText(sampleText)), judgments: [judgment] }))
  return {
    warnings: all.filter((i) => i.severity === 'warning'),
    notes: all.filter((i) => i.severity === 'info')
  }
}

async function mount(options: { withJudgmentLink: boolean }) {
  const onClose = vi.fn()
  const onShowSentence = vi.fn()
  const onShowJudgment = vi.fn()
  await mountInTheme(
    <Modal opened onClose={onClose} title="Export brief">
      <BriefCheck
        {...issues()}
        loading={false}
        onShowSentence={onShowSentence}
        onShowJudgment={options.withJudgmentLink ? onShowJudgment : undefined}
      />
    </Modal>
  )
  const dialog = page.getByRole('dialog', { name: 'Export brief' })
  await expect.element(dialog).toBeVisible()
  return { onClose, onShowSentence, onShowJudgment, dialog }
}

/** The issue whose message contains `text`. */
const issue = (text: string) => page.getByTestId('brief-issue').filter({ hasText: text })

describe('BriefCheck', () => {
  it('opens a sentence warning in place, with its rating and sources, and keeps the dialog open', async () => {
    const { onClose, onShowSentence, dialog } = await mount({ withJudgmentLink: true })
    const warning = issue('is graded 1 (Confirmed by other sources)')
    await expect.element(warning.getByTestId('issue-sentence')).not.toBeInTheDocument()

    await warning.getByRole('button', { name: 'Show' }).click()

    const sentence = warning.getByTestId('issue-sentence')
    await expect.element(sentence).toHaveTextContent(/North Korean troops deployed to aid Russia’s offensive/)
    await expect.element(sentence).toHaveTextContent('Rating: B1 · North Korean troops withdraw from Kursk')
    await expect
      .element(sentence)
      .toHaveTextContent('Sources: Col. Oleksandr Kindratenko (B, paraphrase); CNN (B, reported)')
    await expect.element(sentence).toHaveTextContent('Corroboration: circular')
    await expect
      .element(warning.getByRole('button', { name: 'Hide' }))
      .toHaveAttribute('aria-expanded', 'true')
    await expect.element(dialog).toBeVisible()
    expect(onClose).not.toHaveBeenCalled()
    expect(onShowSentence).not.toHaveBeenCalled()

    await warning.getByRole('button', { name: 'Go to sentence' }).click()
    expect(onShowSentence).toHaveBeenCalledWith('dprk:0')
    expect(onClose).not.toHaveBeenCalled()

    await warning.getByRole('button', { name: 'Hide' }).click()
    await expect.element(warning.getByTestId('issue-sentence')).not.toBeInTheDocument()
  })

  it('opens a judgment warning in place, with its likelihood, confidence and evidence', async () => {
    const { onClose, onShowJudgment, dialog } = await mount({ withJudgmentLink: true })
    const warning = issue('says how likely with “possibly”')
    await warning.getByRole('button', { name: 'Show' }).click()

    const shown = warning.getByTestId('issue-judgment')
    await expect.element(shown).toHaveTextContent('Key judgment 1')
    await expect.element(shown).toHaveTextContent('North Korean units have possibly left the Kursk front.')
    await expect.element(shown).toHaveTextContent('Likelihood: likely (55–80%)')
    await expect.element(shown).toHaveTextContent('Confidence: High — Ukrainian special forces report it.')
    await expect.element(shown).toHaveTextContent('Evidence: 2 supporting items, 0 contradicting items')
    await expect.element(dialog).toBeVisible()
    expect(onClose).not.toHaveBeenCalled()
    expect(onShowJudgment).not.toHaveBeenCalled()

    await shown.getByRole('button', { name: 'Go to judgment' }).click()
    expect(onShowJudgment).toHaveBeenCalledWith('j-withdrawal')
  })

  it('shows both the judgment and the sentence an evidence warning is about', async () => {
    await mount({ withJudgmentLink: true })
    const warning = issue('is held with High confidence')
    await warning.getByRole('button', { name: 'Show' }).click()
    await expect.element(warning.getByTestId('issue-judgment')).toBeVisible()
    // Circular reporting behind the judgment: the sentence it rests on is a warning of its own.
    const circular = issue('Circular reporting').filter({ hasText: 'The presence of DPRK troops' })
    await circular.getByRole('button', { name: 'Show' }).click()
    await expect.element(circular.getByTestId('issue-sentence')).toHaveTextContent('Rating: B2')
  })

  it('offers no "Go to judgment" where the dialog cannot go to one', async () => {
    await mount({ withJudgmentLink: false })
    const warning = issue('says how likely with “possibly”')
    await warning.getByRole('button', { name: 'Show' }).click()
    await expect.element(warning.getByTestId('issue-judgment')).toBeVisible()
    await expect.element(warning.getByRole('button', { name: 'Go to judgment' })).not.toBeInTheDocument()
  })

  it('gives an issue about the whole brief no link', async () => {
    await mount({ withJudgmentLink: true })
    const gaps = issue('not yet assessed')
    await expect.element(gaps).toBeVisible()
    await expect.element(gaps.getByRole('button')).not.toBeInTheDocument()
  })

  it('is not rendered again when the dialog around it changes and its issues do not', async () => {
    const { warnings, notes } = issues()
    // Each render of the check lists its issues once: counted where it reads each list.
    let listed = 0
    const counted = <T extends object>(items: T[]): T[] =>
      new Proxy(items, {
        get(target, key, receiver) {
          if (key === 'map') listed++
          return Reflect.get(target, key, receiver) as unknown
        }
      })
    const found = { warnings: counted(warnings), notes: counted(notes) }
    const onShowSentence = vi.fn()
    let busy: (value: boolean) => void = () => undefined
    // The export dialog's state at an export (busy, progress, outcome) changing around the check.
    function Dialog() {
      const [exporting, setExporting] = useState(false)
      busy = setExporting
      return (
        <Modal opened onClose={() => undefined} title="Export brief">
          <BriefCheck {...found} loading={false} onShowSentence={onShowSentence} />
          <p>{exporting ? 'Exporting…' : 'Ready'}</p>
        </Modal>
      )
    }
    await mountInTheme(<Dialog />)
    await expect.element(page.getByText('Ready')).toBeVisible()
    const before = listed
    expect(before).toBeGreaterThan(0)
    act(() => busy(true))
    await expect.element(page.getByText('Exporting…')).toBeVisible()
    act(() => busy(false))
    await expect.element(page.getByText('Ready')).toBeVisible()
    expect(listed).toBe(before)
  })
})
