// A dialog loaded on demand, in real Chromium: nothing is fetched until it is opened, the analyst
// sees that it is loading, then the dialog itself; a dialog that cannot be loaded says so by name.
import { describe, expect, it, vi } from 'vitest'
import { page } from 'vitest/browser'
import { useState } from 'react'
import { Button, Modal, Text, TextInput } from '@mantine/core'
import { mountInTheme } from '../test-support/mount'
import { lazyDialog } from './lazy-dialog'

interface NoteDialogProps {
  opened: boolean
  onClose: () => void
}

function NoteDialog({ opened, onClose }: NoteDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Add note">
      <TextInput label="Note" />
    </Modal>
  )
}

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/** Resolves in a task of its own, after the tasks queued before it. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve()
    channel.port2.postMessage(null)
  })
}

async function mount(load: () => Promise<typeof NoteDialog>) {
  const Dialog = lazyDialog('Add note', load)
  function Host() {
    const [opened, setOpened] = useState(false)
    return (
      <>
        <Button onClick={() => setOpened(true)}>Open</Button>
        <Text>Workbench</Text>
        <Dialog opened={opened} onClose={() => setOpened(false)} />
      </>
    )
  }
  await mountInTheme(<Host />)
  await expect.element(page.getByText('Workbench')).toBeVisible()
}

describe('lazyDialog', () => {
  it('fetches nothing until opened, shows it loading, then the dialog', async () => {
    const code = deferred<typeof NoteDialog>()
    const load = vi.fn(() => code.promise)
    await mount(load)
    expect(load).not.toHaveBeenCalled()
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument()

    await page.getByRole('button', { name: 'Open' }).click()
    const loading = page.getByRole('dialog', { name: 'Add note' })
    await expect.element(loading.getByText('Loading…')).toBeVisible()
    expect(load).toHaveBeenCalledTimes(1)

    code.resolve(NoteDialog)
    await expect
      .element(page.getByRole('dialog', { name: 'Add note' }).getByRole('textbox', { name: 'Note' }))
      .toBeVisible()
    await expect.element(page.getByText('Loading…')).not.toBeInTheDocument()
  })

  it('shows the dialog once its code is there, without a timer to wait for', async () => {
    // React shows content that a Suspense fallback stood in for no sooner than 300 ms after that
    // fallback, by a timer: with timers held, such a dialog would stay "Loading…".
    const code = deferred<typeof NoteDialog>()
    await mount(() => code.promise)
    await page.getByRole('button', { name: 'Open' }).click()
    await expect.element(page.getByText('Loading…')).toBeVisible()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      code.resolve(NoteDialog)
      // React renders in tasks of its own (a message channel), which the held timers leave running.
      for (let task = 0; task < 50 && !document.querySelector('input'); task++) await nextTask()
      expect(document.querySelector('[role="dialog"] input')).not.toBeNull()
    } finally {
      vi.useRealTimers()
    }
    await expect.element(page.getByRole('textbox', { name: 'Note' })).toBeVisible()
  })

  it('is fetched once: opened again, the dialog is there without loading', async () => {
    const load = vi.fn(() => Promise.resolve(NoteDialog))
    await mount(load)
    await page.getByRole('button', { name: 'Open' }).click()
    await expect.element(page.getByRole('textbox', { name: 'Note' })).toBeVisible()
    await page.getByRole('dialog', { name: 'Add note' }).getByRole('button').click()
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument()

    await page.getByRole('button', { name: 'Open' }).click()
    await expect.element(page.getByRole('textbox', { name: 'Note' })).toBeVisible()
    expect(page.getByText('Loading…').elements()).toEqual([])
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('names the dialog that could not be loaded, and the reason', async () => {
    const load = vi.fn(() => Promise.reject(new Error('Failed to fetch dynamically imported module')))
    await mount(load)
    await page.getByRole('button', { name: 'Open' }).click()
    const alert = page.getByRole('dialog', { name: 'Add note' }).getByRole('alert')
    await expect
      .element(alert)
      .toHaveTextContent('“Add note” could not be loaded: Failed to fetch dynamically imported module')
    // The rest of the app goes on.
    await expect.element(page.getByText('Workbench')).toBeVisible()
  })
})
