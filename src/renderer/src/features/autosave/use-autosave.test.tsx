// The autosave hook in real Chromium, typed into with real key presses: every way of leaving a
// field saves the draft once, and a draft the page could not store waits in localStorage.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { flushSync } from 'react-dom'
import { themedRoot, type ThemedRoot } from '../../test-support/mount'
import { AUTOSAVE_DELAY_MS, useAutosave } from './use-autosave'
import { orphanedDrafts, TAB_ID, type DraftAddress } from './draft-journal'
import { WAIT_GUARD } from '../../test-support/wait-guard'

interface FieldProps {
  value: string
  saves: string[]
  address?: DraftAddress
  /** Far longer than any test by default: only the event under test saves, however slowly keys arrive. */
  delayMs?: number
}

const NO_PAUSE_SAVE_MS = 60 * 60_000

function Field({ value, saves, address, delayMs = NO_PAUSE_SAVE_MS }: FieldProps) {
  const { draft, change, flush } = useAutosave(value, (v) => saves.push(v), { address, delayMs })
  return (
    <>
      <textarea
        aria-label="Note"
        value={draft}
        onChange={(e) => change(e.currentTarget.value)}
        onBlur={flush}
      />
      <button type="button">Elsewhere</button>
    </>
  )
}

/** Each test's root: mount() again renders the same field with new props, as the inspector does. */
let shown: ThemedRoot
beforeEach(() => {
  shown = themedRoot()
})

function mount(props: FieldProps) {
  flushSync(() => shown.render(<Field {...props} />))
  return shown.host.querySelector('textarea')!
}

describe('useAutosave', () => {
  it('saves when the field loses focus, at once and only once', async () => {
    const saves: string[] = []
    const note = mount({ value: '', saves })
    await userEvent.type(note, 'Predates the ISW map.')
    await userEvent.click(shown.host.querySelector('button')!)
    expect(saves).toEqual(['Predates the ISW map.'])
    await userEvent.click(note)
    await userEvent.click(shown.host.querySelector('button')!)
    expect(saves).toEqual(['Predates the ISW map.'])
  })

  it('saves after a pause in typing', async () => {
    const saves: string[] = []
    const note = mount({ value: '', saves, delayMs: AUTOSAVE_DELAY_MS })
    await userEvent.type(note, 'Doubtful.')
    await vi.waitFor(() => expect(saves).toEqual(['Doubtful.']), WAIT_GUARD)
  })

  it('saves on pagehide, and not again when the page is then hidden', async () => {
    const saves: string[] = []
    const note = mount({ value: '', saves })
    await userEvent.type(note, 'Closing now')
    window.dispatchEvent(new PageTransitionEvent('pagehide'))
    expect(saves).toEqual(['Closing now'])
    document.dispatchEvent(new Event('visibilitychange'))
    expect(saves).toEqual(['Closing now'])
  })

  it('saves when the page is hidden (a tab sent to the background)', async () => {
    const saves: string[] = []
    const note = mount({ value: '', saves })
    await userEvent.type(note, 'Minimised')
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    try {
      document.dispatchEvent(new Event('visibilitychange'))
    } finally {
      visibility.mockRestore()
    }
    expect(saves).toEqual(['Minimised'])
  })

  it('saves when the field goes away (another sentence selected)', async () => {
    const saves: string[] = []
    const note = mount({ value: '', saves })
    await userEvent.type(note, 'Switching')
    shown.unmount()
    expect(saves).toEqual(['Switching'])
  })

  it('shows a stored value that changes while nothing is unsaved, never over unsaved typing', async () => {
    const saves: string[] = []
    const note = mount({ value: 'First.', saves })
    mount({ value: 'Undone.', saves })
    await vi.waitFor(() => expect(note.value).toBe('Undone.'), WAIT_GUARD)
    await userEvent.type(note, ' More')
    mount({ value: 'From another window.', saves })
    // Given the time to take the stored value, it keeps the typing instead.
    await new Promise((resolve) => requestAnimationFrame(resolve))
    expect(note.value).toBe('Undone. More')
    expect(saves).toEqual([])
  })
})

describe('the draft journal', () => {
  it('keeps every keystroke in localStorage until the library shows it stored, only for this page', async () => {
    const address: DraftAddress = { field: 'note', articleId: 'a-journal', sentenceId: 'a-journal:1' }
    const key = 'sourcemark:draft:note:a-journal:1'
    const saves: string[] = []
    const note = mount({ value: '', saves, address })
    await userEvent.type(note, 'Kept')
    expect(JSON.parse(localStorage.getItem(key)!)).toMatchObject({ value: 'Kept', tab: TAB_ID })
    // This page is open: its drafts are its own to save, not the next start's.
    await vi.waitFor(
      async () => expect((await navigator.locks.query()).held?.length).toBeGreaterThan(0),
      WAIT_GUARD
    )
    expect(
      (await orphanedDrafts()).some((d) => 'sentenceId' in d && d.sentenceId === address.sentenceId)
    ).toBe(false)

    // A page that closed before its save landed left this one behind.
    const left = { ...address, sentenceId: 'a-journal:2', value: 'Lost?', tab: crypto.randomUUID() }
    localStorage.setItem('sourcemark:draft:note:a-journal:2', JSON.stringify(left))
    expect(await orphanedDrafts()).toContainEqual(left)
    localStorage.removeItem('sourcemark:draft:note:a-journal:2')

    await userEvent.click(shown.host.querySelector('button')!)
    expect(saves).toEqual(['Kept'])
    // Asked to save is not stored: the draft stays until the library shows it.
    expect(localStorage.getItem(key)).not.toBeNull()
    mount({ value: 'Kept', saves, address })
    await vi.waitFor(() => expect(localStorage.getItem(key)).toBeNull(), WAIT_GUARD)
  })
})
