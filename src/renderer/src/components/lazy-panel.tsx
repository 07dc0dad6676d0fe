// Parts of the workbench the first screen does not need (side panels, the inspector's less used
// panels, pages shown only when something is wrong) are fetched once the first screen is shown
// instead of with the app: the first load stays small, and opening one later does not wait for
// the network.
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react'
import { Alert, Box, Button, Loader } from '@mantine/core'
import { afterStartUp } from '../start-up'

/** `load`, keeping its promise once it succeeds, and starting afresh after a failure. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null
  return () =>
    (pending ??= load().catch((e: unknown) => {
      pending = null
      throw e
    }))
}

/** The loaders of every panel fetched after the first paint. */
const prefetched: Array<() => Promise<unknown>> = []

/** Adds `load` to what is fetched after the first paint. */
export function prefetchAfterFirstPaint(load: () => Promise<unknown>): void {
  prefetched.push(load)
}

/**
 * Fetches the code of every panel declared with `prefetch` (the default). A failure is left for the
 * panel to report, by name, when it is shown.
 */
export async function prefetchPanels(): Promise<void> {
  await Promise.allSettled(prefetched.map((load) => load()))
}

/**
 * Prefetches the panels once start-up has shown its first screen (afterStartUp) and the page has
 * a quiet moment: the quiet moments before it are start-up's own waits for the library, and the
 * sixty modules fetched and run there put off the first article by their turns on the page (at a
 * first start, the sample's import and its first render).
 */
export function prefetchPanelsAfterStartUp(): void {
  void afterStartUp().then(() =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200))
        idle(() => void prefetchPanels(), { timeout: 2000 })
      })
    )
  )
}

export interface LazyPanelOptions {
  /**
   * The height the panel is given while its code loads (px or a CSS length), about its own, so
   * that what follows it does not move when it comes. 0 for a dialog, which takes no place.
   */
  height?: number | string
  /** Fetched after the first paint (the default), or only when first shown (a rare page). */
  prefetch?: boolean
}

interface FailureProps {
  name: string
  onRetry: () => void
  children: ReactNode
}

/** A panel whose code cannot be fetched is named, with a way to try again, instead of a blank. */
class LoadFailure extends Component<FailureProps, { error: unknown }> {
  state = { error: null as unknown }
  static getDerivedStateFromError(error: unknown) {
    return { error }
  }
  render() {
    const { error } = this.state
    if (error === null) return this.props.children
    return (
      <Alert color="red" role="alert" title={`${this.props.name} could not be loaded`}>
        {error instanceof Error ? error.message : String(error)}
        <Button variant="light" color="red" size="compact-xs" ml="xs" onClick={this.props.onRetry}>
          Try again
        </Button>
      </Alert>
    )
  }
}

/** A panel loaded on demand; `load` fetches its code (once), for what must wait for it. */
export type LazyPanel<P extends object> = ComponentType<P> & { load: () => Promise<ComponentType<P>> }

/**
 * The component `load` resolves to, fetched after the first paint (or when first shown if that
 * comes sooner). Until it is there, a box of `height` says it is loading.
 */
export function lazyPanel<P extends object>(
  name: string,
  load: () => Promise<ComponentType<P>>,
  { height = 0, prefetch = true }: LazyPanelOptions = {}
): LazyPanel<P> {
  let ready: ComponentType<P> | null = null
  const fetch = loadOnce(() =>
    load().then((loaded) => {
      ready = loaded
      return loaded
    })
  )
  if (prefetch) prefetched.push(fetch)
  // One lazy component per attempt: React keeps a failed one failed, a new attempt needs a new one.
  const attempts = new Map<number, ComponentType<P>>()
  const lazyFor = (attempt: number): ComponentType<P> => {
    let Lazy = attempts.get(attempt)
    if (!Lazy) {
      Lazy = lazy(async () => ({ default: await fetch() }))
      attempts.set(attempt, Lazy)
    }
    return Lazy
  }

  function LazyPanel(props: P) {
    // Fetched already: rendered in the same frame as its neighbours, never through a placeholder.
    const [Loaded] = useState(() => ready)
    const [attempt, setAttempt] = useState(0)
    if (Loaded) return <Loaded {...props} />
    const Lazy = lazyFor(attempt)
    const placeholder = (
      <Box h={height} role="status" aria-label={`Loading ${name}`}>
        {height !== 0 && <Loader size="xs" />}
      </Box>
    )
    return (
      <LoadFailure key={attempt} name={name} onRetry={() => setAttempt(attempt + 1)}>
        <Suspense fallback={placeholder}>
          <Lazy {...props} />
        </Suspense>
      </LoadFailure>
    )
  }
  LazyPanel.displayName = `LazyPanel(${name})`
  LazyPanel.load = fetch
  return LazyPanel
}
