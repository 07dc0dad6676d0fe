// A row of grades in real Chromium with the app's stylesheet: a grade, by click or by key, shows
// at once on the grade chosen, with nothing sliding or fading after it, and the row reads as the
// radio group an analyst (or a screen reader) moves through.
import '@mantine/core/styles.css'
import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { act, useState } from 'react'
import { mountInTheme, twoFrames } from '../../test-support/mount'
import { ScaleControl } from './ScaleControl'

const GRADES = ['1', '2', '3'] as const
type Grade = (typeof GRADES)[number]
const LABELS: Record<Grade, string> = { '1': 'Confirmed', '2': 'Probably true', '3': 'Possibly true' }

let grade: (value: Grade | null) => void = () => undefined
const chosen: Grade[] = []

function Row({ disabled }: { disabled?: boolean }) {
  const [value, setValue] = useState<Grade | null>('2')
  grade = setValue
  return (
    <ScaleControl
      label="Credibility"
      grades={GRADES}
      labels={LABELS}
      value={value}
      disabled={disabled}
      hint="Of this information"
      onChange={(next) => {
        chosen.push(next)
        setValue(next)
      }}
    />
  )
}

const row = () => page.getByRole('radiogroup', { name: 'Credibility' })
const radio = (name: RegExp) => row().getByRole('radio', { name })
/** A grade's visible label, which a person clicks (its radio is hidden). */
const label = (grade: Grade) =>
  [...document.querySelectorAll('[role="radiogroup"] label')].find((l) => l.textContent?.startsWith(grade))!
const hint = () => document.querySelector('[aria-live="polite"]')?.textContent
const marked = () =>
  [...document.querySelectorAll('[role="radiogroup"] label[data-active]')].map((l) => l.textContent)

describe('a row of grades', () => {
  it('is a radio group named by its label, each grade named by its meaning', async () => {
    await mountInTheme(<Row />)
    await expect.element(radio(/^2 — Probably true$/)).toBeChecked()
    await expect.element(radio(/^1 — Confirmed$/)).not.toBeChecked()
    expect(hint()).toBe('2 — Probably true')
  })

  it('marks a grade chosen by the page at once, with no transition running after it', async () => {
    await mountInTheme(<Row />)
    // Past the first frames, where a floating indicator would start to animate its moves.
    await twoFrames()
    await new Promise((resolve) => setTimeout(resolve, 50))
    act(() => grade('3'))
    expect(marked()).toEqual(['3 — Possibly true'])
    // getAnimations brings styles up to date first: a transition the change started is listed.
    expect(document.getAnimations()).toEqual([])
    await expect.element(radio(/^3 /)).toBeChecked()
  })

  it('takes a grade from a click on its label and from the arrow keys', async () => {
    chosen.length = 0
    await mountInTheme(<Row />)
    await userEvent.click(label('1'))
    await expect.element(radio(/^1 /)).toBeChecked()
    await expect.element(radio(/^1 /)).toHaveFocus()
    await userEvent.keyboard('{ArrowRight}')
    await expect.element(radio(/^2 /)).toBeChecked()
    expect(chosen).toEqual(['1', '2'])
    expect(marked()).toEqual(['2 — Probably true'])
  })

  it('shows no grade chosen when the value is unset', async () => {
    await mountInTheme(<Row />)
    act(() => grade(null))
    for (const name of [/^1 /, /^2 /, /^3 /]) await expect.element(radio(name)).not.toBeChecked()
    expect(marked()).toEqual([])
    expect(hint()).toBe('Not graded')
  })

  it('takes no grade while disabled', async () => {
    chosen.length = 0
    await mountInTheme(<Row disabled />)
    await expect.element(radio(/^1 /)).toBeDisabled()
    await userEvent.click(label('1'), { force: true })
    await expect.element(radio(/^2 /)).toBeChecked()
    expect(chosen).toEqual([])
  })
})
