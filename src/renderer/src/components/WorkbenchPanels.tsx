// The workbench's three panes: the library, the article (or case) and the inspector, side by
// side below the header. The analyst resizes them by dragging or by keyboard (each separator takes
// focus; arrows, Home and End), and the sizes are kept on this machine for the next start.
import { useState, type ReactNode } from 'react'
import { AppShell } from '@mantine/core'
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

/** The panes, in order: LibraryPane, ArticlePane, InspectorPane. */
export function WorkbenchPanels({ children }: { children: ReactNode }) {
  const { defaultLayout, onLayoutChanged } = useDefaultLayout({
    id: PANEL_LAYOUT_KEY,
    storage: layoutStorage,
    onlySaveAfterUserInteractions: true
  })
  return (
    <AppShell.Main className={classes.main}>
      <Group
        className={classes.group}
        orientation="horizontal"
        defaultLayout={defaultLayout}
        onLayoutChanged={onLayoutChanged}
      >
        {children}
      </Group>
    </AppShell.Main>
  )
}

// Minimum sizes are those at which each pane's own controls still fit whole (the inspector's
// six-segment scales, the article's title row). The side panes keep their width in pixels when
// the window is resized, so a wider window widens the article.

/** A column of AppShell.Section-s, like Mantine's navbar. */
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

/** A column of AppShell.Section-s, like Mantine's aside. */
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
