// What the first screen (library list, reader, grading inspector) does without, declared once:
// fetched once start-up has shown its article, or when first shown if that is sooner. The menus
// and registry bring Mantine's Menu and Table, the history its Timeline, the source form its
// TagsInput.
import { type ComponentProps, type ComponentType } from 'react'
import type { BackupMenu as BackupMenuCode } from '../features/library/BackupMenu'
import type { SourceRegistry as SourceRegistryCode } from '../features/sources/SourceRegistry'
import type { AddToCaseMenu as AddToCaseMenuCode } from '../features/cases/AddToCaseMenu'
import type { JudgmentsPanel as JudgmentsPanelCode } from '../features/inspector/JudgmentsPanel'
import type { HistoryPanel as HistoryPanelCode } from '../features/history/HistoryPanel'
import type { EditArticleDialog as EditArticleDialogCode } from '../features/reader/EditArticleDialog'
import type { LibraryGone as LibraryGoneCode } from '../features/library/LibraryGone'
import type { UnreadableLibrary as UnreadableLibraryCode } from '../features/library/UnreadableLibrary'
import type { TagsField as TagsFieldCode } from '../features/inspector/TagsField'
import type { Inspector as InspectorCode } from '../features/inspector/Inspector'
import type { ReaderFilters as ReaderFiltersCode } from '../features/reader/ReaderFilters'
import { Button } from '@mantine/core'
import { loadHistoryHashing } from '../db/history-hashing'
import { lazyPanel, prefetchAfterFirstPaint, type LazyPanel } from './lazy-panel'
import { lazyTrigger, lazyWrapper, type StandInProps } from './lazy-trigger'

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

// The reader's filters (Mantine's Select), unfolded with Filters above the article.
export const ReaderFilters: Like<typeof ReaderFiltersCode> = lazyPanel(
  'Reader filters',
  () => import('../features/reader/ReaderFilters').then((m) => m.ReaderFilters),
  { height: 54 }
)

// The legend's popover (Mantine's Popover and Floating UI), beside the status bar.
export const LegendButton = lazyTrigger(
  'Legend',
  () => import('../features/reader/Legend').then((m) => m.LegendButton),
  function LegendStandIn({ open, opening }: StandInProps) {
    return (
      <Button variant="subtle" size="compact-sm" aria-busy={opening} onClick={open}>
        Legend
      </Button>
    )
  }
)

// The undo buttons' tooltips (Mantine's Tooltip): the buttons work before they come.
export const Tooltip = lazyWrapper('Tooltip', () => import('./tooltip').then((m) => m.Tooltip))

// The grading inspector: its pickers (Mantine's Combobox, Popover, Tooltip), the attribution rules
// behind the suggested sources and the sentence editor come just after the reader is painted. Its
// pane is drawn at once; keys pressed meanwhile grade through the reader (see App).
type InspectorProps = ComponentProps<typeof InspectorCode>
/** Whether the inspector's fields are in the page now, and what waits for them to be. */
let fieldsIn = false
let waiting: (() => void)[] = []
function fieldsShown(shown: boolean): void {
  fieldsIn = shown
  if (!shown) return
  const run = waiting
  waiting = []
  // After the commit that put them in, as a focus always came.
  if (run.length > 0) queueMicrotask(() => run.forEach((then) => then()))
}
/**
 * Runs `then` once the inspector's fields are in the page to take focus: at once if they are, else
 * when they come (its code loaded, or an article just opened, whose inspector comes a part at a time).
 */
export function whenInspectorShown(then: () => void): void {
  if (fieldsIn) then()
  else waiting.push(then)
}
export const Inspector: LazyPanel<InspectorProps> = lazyPanel(
  'Inspector',
  () =>
    import('../features/inspector/Inspector').then(({ Inspector: Loaded }) => {
      function ShownInspector(props: InspectorProps) {
        return <Loaded {...props} onFieldsShown={fieldsShown} />
      }
      return ShownInspector
    }),
  { height: 120 }
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

// The history chain's hashing, which every write on this page needs (a grade is written here when
// its worker cannot be): here before the analyst's first change, which would otherwise fetch it.
prefetchAfterFirstPaint(loadHistoryHashing)

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
