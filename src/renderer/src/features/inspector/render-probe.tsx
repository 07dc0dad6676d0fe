// Names the parts of the inspector that render, for tests that count what a change renders.
import { createContext, Profiler, useContext, type ReactNode } from 'react'

export type InspectorPart = 'grades' | 'links' | 'judgments' | 'history'

/** Told of each commit of the inspector's parts, by name; nothing listens outside tests. */
export const InspectorRenderProbe = createContext<((part: InspectorPart) => void) | null>(null)

export function Probe({ part, children }: { part: InspectorPart; children: ReactNode }) {
  const probe = useContext(InspectorRenderProbe)
  return probe ? (
    <Profiler id={part} onRender={() => probe(part)}>
      {children}
    </Profiler>
  ) : (
    children
  )
}
