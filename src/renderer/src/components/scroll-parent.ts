// The element a long view scrolls in, when it is not the window: the workbench's middle panel.
// The reader's windowing measures and scrolls this element, so the selection comes into view in
// the panel below the header, never under it.
import { createContext } from 'react'

export const ScrollParent = createContext<HTMLElement | null>(null)
