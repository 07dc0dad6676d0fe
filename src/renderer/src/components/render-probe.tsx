// Names the parts of a view that render, for tests that count what a change renders: each part is
// wrapped in a React Profiler only when a test provides a listener; the app provides none.
import { createContext, Profiler, useContext, type Context, type ReactNode } from 'react'

export interface RenderProbe<Part extends string> {
  /** Told of each commit of a part, by name. */
  Context: Context<((part: Part) => void) | null>
  Probe: (props: { part: Part; children: ReactNode }) => ReactNode
}

export function renderProbe<Part extends string>(): RenderProbe<Part> {
  const Told = createContext<((part: Part) => void) | null>(null)
  function Probe({ part, children }: { part: Part; children: ReactNode }) {
    const probe = useContext(Told)
    return probe ? (
      <Profiler id={part} onRender={() => probe(part)}>
        {children}
      </Profiler>
    ) : (
      children
    )
  }
  return { Context: Told, Probe }
}
