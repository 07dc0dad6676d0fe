// Names the parts of the inspector that render, for tests that count what a change renders.
import { renderProbe } from '../../components/render-probe'

export type InspectorPart =
  'editor' | 'sources' | 'grades' | 'fields' | 'links' | 'judgments' | 'history' | 'history entry'

const inspector = renderProbe<InspectorPart>()

/** Told of each commit of the inspector's parts, by name; nothing listens outside tests. */
export const InspectorRenderProbe = inspector.Context
export const Probe = inspector.Probe
