// For browser tests that render a piece of the app: each tree is drawn in the app's theme, as the
// app draws it, in a host element of its own, and is unmounted and removed after its test. The
// cleanup is registered by importing this module, so no test file can forget it.
import { afterEach } from 'vitest'
import { act, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { MantineProvider } from '@mantine/core'
import { theme } from '../theme'

export interface ThemedRoot {
  /** The element the tree is mounted in: to look inside this tree alone, or to size it. */
  readonly host: HTMLElement
  /**
   * Renders `ui` in the theme in place of what is there: the same components given new props keep
   * their state. Not wrapped in act: the test says how the render is flushed (act, flushSync) or,
   * on purpose, leaves it to React's scheduler.
   */
  render(ui: ReactNode): void
  /** Unmounts and removes the tree now, for a test of what its going away does. */
  unmount(): void
}

const mounted = new Set<ThemedRoot>()

afterEach(() => unmountAll())

/**
 * A root in a host of its own, nothing rendered yet: for a test that flushes its first render its
 * own way (outside act, because act would wait for code the test hands over later or would merge
 * the commits it counts; or inside an act it measures).
 */
export function themedRoot(): ThemedRoot {
  const host = document.body.appendChild(document.createElement('div'))
  const root = createRoot(host)
  const themed: ThemedRoot = {
    host,
    render: (ui) => root.render(<MantineProvider theme={theme}>{ui}</MantineProvider>),
    unmount: () => {
      if (!mounted.delete(themed)) return
      act(() => root.unmount())
      host.remove()
    }
  }
  mounted.add(themed)
  return themed
}

/** Renders `ui` in the theme inside act: the test goes on once it, its effects and its data are in. */
export async function mountInTheme(ui: ReactNode): Promise<ThemedRoot> {
  const themed = themedRoot()
  await act(async () => themed.render(ui))
  return themed
}

/**
 * Unmounts every tree now. Called by a teardown that must come after it (Vitest runs a test file's
 * own afterEach hooks before this module's, as they were registered after it).
 */
export function unmountAll(): void {
  for (const themed of [...mounted].reverse()) themed.unmount()
}

/** Two frames: a render that an answer (a read's, a timer's) asked for has been done by then. */
export const twoFrames = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))
