// What the first screen (library list, reader, grading inspector) does without, declared once:
// fetched after the first paint, or when first shown if that is sooner. The menus and registry
// bring Mantine's Menu and Table, the history its Timeline, the source form its TagsInput.
import type { ComponentProps, ComponentType } from 'react'
import type { BackupMenu as BackupMenuCode } from '../features/library/BackupMenu'
import type { SourceRegistry as SourceRegistryCode } from '../features/sources/SourceRegistry'
import type { AddToCaseMenu as AddToCaseMenuCode } from '../features/cases/AddToCaseMenu'
import type { JudgmentsPanel as JudgmentsPanelCode } from '../features/inspector/JudgmentsPanel'
import type { HistoryPanel as HistoryPanelCode } from '../features/history/HistoryPanel'
import type { EditArticleDialog as EditArticleDialogCode } from '../features/reader/EditArticleDialog'
import type { LibraryGone as LibraryGoneCode } from '../features/library/LibraryGone'
import type { UnreadableLibrary as UnreadableLibraryCode } from '../features/library/UnreadableLibrary'
import type { TagsField as TagsFieldCode } from '../features/inspector/TagsField'
import { lazyPanel } from './lazy-panel'

/** The lazy stand-in has the props of the component it loads. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, whatever its props
type Like<C extends ComponentType<any>> = ComponentType<ComponentProps<C>>

// The library side: the Library ▾ menu (backup and restore), the source registry, Add to case.
export const BackupMenu: Like<typeof BackupMenuCode> = lazyPanel(
  'Library menu',
  () => import('../features/library/BackupMenu').then((m) => m.BackupMenu),
  { height: 26 }
)
export const SourceRegistry: Like<typeof SourceRegistryCode> = lazyPanel(
  'Source registry',
  () => import('../features/sources/SourceRegistry').then((m) => m.SourceRegistry),
  { height: 26 }
)
export const AddToCaseMenu: Like<typeof AddToCaseMenuCode> = lazyPanel(
  'Add to case',
  () => import('../features/cases/AddToCaseMenu').then((m) => m.AddToCaseMenu),
  { height: 22 }
)

// The header's colour-scheme menu (Mantine's Menu).
export const ColorSchemeMenu = lazyPanel(
  'Colour scheme',
  () => import('../features/appearance/ColorSchemeMenu').then((m) => m.ColorSchemeMenu),
  { height: 36 }
)

// The inspector's tags field (Mantine's TagsInput), its panels below the grades, and the article's form.
export const TagsField: Like<typeof TagsFieldCode> = lazyPanel(
  'Tags',
  () => import('../features/inspector/TagsField').then((m) => m.TagsField),
  { height: 60 }
)
export const JudgmentsPanel: Like<typeof JudgmentsPanelCode> = lazyPanel(
  'Key judgments',
  () => import('../features/inspector/JudgmentsPanel').then((m) => m.JudgmentsPanel),
  { height: 64 }
)
export const HistoryPanel: Like<typeof HistoryPanelCode> = lazyPanel(
  'History',
  () => import('../features/history/HistoryPanel').then((m) => m.HistoryPanel),
  { height: 52 }
)
export const EditArticleDialog: Like<typeof EditArticleDialogCode> = lazyPanel('Edit article', () =>
  import('../features/reader/EditArticleDialog').then((m) => m.EditArticleDialog)
)

// Pages for a library that is gone or cannot be read: rare, fetched only when needed.
export const LibraryGone: Like<typeof LibraryGoneCode> = lazyPanel(
  'Library gone',
  () => import('../features/library/LibraryGone').then((m) => m.LibraryGone),
  { prefetch: false }
)
export const UnreadableLibrary: Like<typeof UnreadableLibraryCode> = lazyPanel(
  'Unreadable library',
  () => import('../features/library/UnreadableLibrary').then((m) => m.UnreadableLibrary),
  { height: '100vh', prefetch: false }
)
