// The workbench's three panes: the library, the article (or case) and the inspector, side by
// side below the header. The analyst resizes them by dragging or by keyboard (each separator takes
// focus; arrows, Home and End), and the sizes are kept on this machine for the next start.
// The header, the panes and their sections are plain elements laid out as Mantine's AppShell lays
// them out (the same sizes, border and colours): AppShell and its ScrollArea (which brings Floating
// UI) would be a tenth of the first load.
import { useState, type ReactNode } from 'react'
import { Box, type BoxProps } from '@mantine/core'
import { Group, Panel, Separator, useDefaultLayout, type LayoutStorage } from 'react-resizable-panels'
import { ScrollParent } from './scroll-parent'
import classes from './WorkbenchPanels.module.css'

export const PANEL_LAYOUT_KEY = 'sourcemark.panels'

/**
 * localStorage, or nothing where it is refused (storage switched off): the panels still resize,
 * and start at their default sizes next time.
 */
const layoutStorage: LayoutStorage = {
  getItem: (key) => {
    try {
      return localStorage.getItem(key)
    } catch {
      return null
    }
  },
  setItem: (key, value) => {
    try {
      localStorage.setItem(key, value)
    } catch {
      // Not remembered; the layout still applies now.
    }
  }
}

/** The header above the panes, fixed at the top of the window, as tall as the panes leave it. */
export function WorkbenchHeader({ children }: { children: ReactNode }) {
  return (
    <Box component="header" px="md" className={classes.header}>
      {children}
    </Box>
  )
}

/**
 * A part of a side pane's column; `grow` takes the height left and scrolls on its own inside its
 * padding, as Mantine's ScrollArea does (with the browser's scrollbar, drawn thin).
 */
export function PaneSection({ grow, children, ...box }: BoxProps & { grow?: boolean; children: ReactNode }) {
  if (!grow) return <Box {...box}>{children}</Box>
  return (
    <Box {...box} className={classes.grow}>
      <div className={classes.viewport}>{children}</div>
    </Box>
  )
}

/** The panes, in order: LibraryPane, ArticlePane, InspectorPane. */
export function WorkbenchPanels({ children }: { children: ReactNode }) {
  const { defaultLayout, onLayoutChanged } = useDefaultLayout({
    id: PANEL_LAYOUT_KEY,
    storage: layoutStorage,
    onlySaveAfterUserInteractions: true
  })
  return (
    <main className={classes.main}>
      <Group
        className={classes.group}
        orientation="horizontal"
        defaultLayout={defaultLayout}
        onLayoutChanged={onLayoutChanged}
      >
        {children}
      </Group>
    </main>
  )
}

// Minimum sizes are those at which each pane's own controls still fit whole (the inspector's
// six-segment scales, the article's title row). The side panes keep their width in pixels when
// the window is resized, so a wider window widens the article.

/** A column of PaneSection-s, like Mantine's navbar. */
export function LibraryPane({ children }: { children: ReactNode }) {
  return (
    <Panel
      id="library"
      className={classes.column}
      defaultSize={280}
      minSize={220}
      maxSize={480}
      groupResizeBehavior="preserve-pixel-size"
    >
      {children}
    </Panel>
  )
}

/** Scrolls on its own; the reader inside measures and scrolls this element. */
export function ArticlePane({ children }: { children: ReactNode }) {
  const [scroll, setScroll] = useState<HTMLDivElement | null>(null)
  return (
    <>
      <Separator className={classes.separator} aria-label="Resize the library" />
      <Panel id="article" className={classes.pane} minSize={420}>
        <div ref={setScroll} className={classes.scroll} data-scroll="article">
          <ScrollParent.Provider value={scroll}>{children}</ScrollParent.Provider>
        </div>
      </Panel>
    </>
  )
}

/** A column of PaneSection-s, like Mantine's aside. */
export function InspectorPane({ children }: { children: ReactNode }) {
  return (
    <>
      <Separator className={classes.separator} aria-label="Resize the inspector" />
      <Panel
        id="inspector"
        className={classes.column}
        defaultSize={360}
        minSize={320}
        maxSize={640}
        groupResizeBehavior="preserve-pixel-size"
      >
        {children}
      </Panel>
    </>
  )
}
