// The first screen's modals (delete an article, an undo refused, a dialog's loading step) open
// only when asked for, so Mantine's Modal (its ScrollArea, Floating UI, focus trap and scroll lock)
// comes after the first paint. One opened before it came shows the modal's backdrop with a loader
// and then the modal: the click that opened it is not lost.
import { useEffect, useState } from 'react'
import { Button, Loader, Overlay, Stack, Text, type ModalProps } from '@mantine/core'
import { deferredCode } from './lazy-trigger'

const code = deferredCode(() => import('./modal').then((m) => m.Modal))

/** Mantine's Modal, with the same props, loaded after the first paint. */
export function Modal(props: ModalProps) {
  const Loaded = code.useCode()
  const [failure, setFailure] = useState<string | null>(null)
  const { opened } = props
  useEffect(() => {
    if (!opened || Loaded) return
    code.fetch().catch((e: unknown) => setFailure(e instanceof Error ? e.message : String(e)))
  }, [opened, Loaded])
  if (Loaded) return <Loaded {...props} />
  if (!opened) return null
  const name = typeof props.title === 'string' ? props.title : 'Dialog'
  // A dialog in front of the reader owns the keyboard, as the modal will.
  return (
    <Overlay fixed center zIndex={200} role="dialog" aria-modal="true" aria-label={name} aria-busy={!failure}>
      {failure === null ? (
        <Loader color="white" aria-label={`Loading ${name}`} />
      ) : (
        <Stack align="center" role="alert">
          <Text c="white">{`${name} could not be loaded: ${failure}`}</Text>
          <Button variant="white" onClick={props.onClose}>
            Close
          </Button>
        </Stack>
      )}
    </Overlay>
  )
}
