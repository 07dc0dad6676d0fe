// Dialogs whose code (and the libraries only they use) is fetched when the analyst first opens
// them, not with the app: the first load stays small. Once loaded, a dialog stays mounted as before.
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react'
import { Alert, Group, Loader, Text } from '@mantine/core'
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
    return (
      <Standing title={this.props.title} onClose={this.props.onClose}>
        <Alert color="red" role="alert" title="Could not open">
          {`“${this.props.title}” could not be loaded: ${error instanceof Error ? error.message : String(error)}`}
        </Alert>
      </Standing>
    )
  }
}

/**
 * The dialog `load` resolves to, fetched the first time it is opened; meanwhile a modal with the
 * dialog's title says it is loading.
 */
export function lazyDialog<P extends DialogProps>(
  title: string,
  load: () => Promise<ComponentType<P>>
): ComponentType<P> {
  const Loaded = lazy(async () => ({ default: await load() }))
  function LazyDialog(props: P) {
    const [wanted, setWanted] = useState(props.opened)
    // Derived during render (React's pattern for state that follows a prop): no blank frame first.
    if (props.opened && !wanted) setWanted(true)
    if (!wanted && !props.opened) return null
    const loading = props.opened ? (
      <Standing title={title} onClose={props.onClose}>
        <Group gap="sm">
          <Loader size="sm" />
          <Text size="sm">Loading…</Text>
        </Group>
      </Standing>
    ) : null
    return (
      <LoadFailure title={title} opened={props.opened} onClose={props.onClose}>
        <Suspense fallback={loading}>
          <Loaded {...props} />
        </Suspense>
      </LoadFailure>
    )
  }
  return LazyDialog
}
