// Dialogs whose code (and the libraries only they use) is fetched when the analyst first opens
// them, not with the app: the first load stays small. Once loaded, a dialog stays mounted as before.
import { Component, useEffect, useState, type ComponentType, type ReactNode } from 'react'
import { Alert, Group, Loader, Text } from '@mantine/core'
import { deferredCode } from './lazy-trigger'
import { Modal } from './lazy-modal'

interface DialogProps {
  opened: boolean
  onClose: () => void
}

/** A stand-in for the dialog while its code loads, or when it could not be loaded. */
function Standing({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  return (
    <Modal opened onClose={onClose} title={title}>
      {children}
    </Modal>
  )
}

interface BoundaryProps {
  title: string
  opened: boolean
  onClose: () => void
  children: ReactNode
}

/** A chunk that fails to load (an app folder damaged, say) is named, instead of a blank window. */
class LoadFailure extends Component<BoundaryProps, { error: unknown }> {
  state = { error: null as unknown }
  static getDerivedStateFromError(error: unknown) {
    return { error }
  }
  render() {
    const { error } = this.state
    if (error === null) return this.props.children
    if (!this.props.opened) return null
    return <CouldNotOpen title={this.props.title} onClose={this.props.onClose} error={error} />
  }
}

/** The stand-in of a dialog that could not be loaded, naming it and the reason. */
function CouldNotOpen({ title, onClose, error }: { title: string; onClose: () => void; error: unknown }) {
  return (
    <Standing title={title} onClose={onClose}>
      <Alert color="red" role="alert" title="Could not open">
        {`“${title}” could not be loaded: ${error instanceof Error ? error.message : String(error)}`}
      </Alert>
    </Standing>
  )
}

/**
 * The dialog `load` resolves to, fetched the first time it is opened; meanwhile a modal with the
 * dialog's title says it is loading. The code is waited for in state, not in a Suspense boundary:
 * React holds content that resolves after a fallback was shown until 300 ms after that fallback,
 * so a dialog whose code came in 80 ms stood "Loading…" for 300 (the export dialog's check on a
 * 76k-sentence article began 230 ms after its code was there).
 */
export function lazyDialog<P extends DialogProps>(
  title: string,
  load: () => Promise<ComponentType<P>>
): ComponentType<P> {
  const code = deferredCode(load, { prefetch: false })
  function LazyDialog(props: P) {
    const [wanted, setWanted] = useState(props.opened)
    // Derived during render (React's pattern for state that follows a prop): no blank frame first.
    if (props.opened && !wanted) setWanted(true)
    const Loaded = code.useCode()
    const [failure, setFailure] = useState<{ error: unknown } | null>(null)
    useEffect(() => {
      if (!wanted || Loaded) return
      code.fetch().catch((error: unknown) => setFailure({ error }))
    }, [wanted, Loaded])
    if (!wanted && !props.opened) return null
    if (failure || !Loaded) {
      if (!props.opened) return null
      if (failure) return <CouldNotOpen title={title} onClose={props.onClose} error={failure.error} />
      return (
        <Standing title={title} onClose={props.onClose}>
          <Group gap="sm">
            <Loader size="sm" />
            <Text size="sm">Loading…</Text>
          </Group>
        </Standing>
      )
    }
    return (
      <LoadFailure title={title} opened={props.opened} onClose={props.onClose}>
        <Loaded {...props} />
      </LoadFailure>
    )
  }
  return LazyDialog
}
