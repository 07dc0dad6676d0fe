// The parts of the workbench a grade does not change: the header's actions, the library column
// and the open article's heading. The workbench renders again with every grade (its workspace
// holds the grades); these take only what they show and callbacks that stay the same, so they
// are left as they are (memo) and the grade costs only what it changed.
import { memo } from 'react'
import { Button, Group, Title } from '@mantine/core'
import type { Article } from '@shared/model'
import { AddToCaseMenu, BackupMenu, ColorSchemeMenu } from './components/lazy-panels'
import { renderProbe } from './components/render-probe'
import { DeleteArticleButton } from './features/library/DeleteArticleButton'
import { LibraryPanel } from './features/library/LibraryPanel'
import { ArticleByline } from './features/reader/ArticleByline'
import { PaneSection } from './components/WorkbenchPanels'

export type WorkbenchPart = 'header actions' | 'library column' | 'article heading'

const workbench = renderProbe<WorkbenchPart>()

/** Told of each commit of the workbench's parts, by name; nothing listens outside tests. */
export const WorkbenchRenderProbe = workbench.Context

type Notify = (text: string, error?: boolean) => void

/** The colour scheme, the keyboard shortcuts, Import and Export brief. */
export const HeaderActions = memo(function HeaderActions({
  onShortcuts,
  onImport,
  onExport,
  exportDisabled
}: {
  onShortcuts: () => void
  onImport: () => void
  onExport: () => void
  exportDisabled: boolean
}) {
  return (
    <workbench.Probe part="header actions">
      <ColorSchemeMenu />
      <Button variant="subtle" onClick={onShortcuts} aria-label="Keyboard shortcuts">
        ?
      </Button>
      <Button onClick={onImport}>Import</Button>
      <Button variant="light" onClick={onExport} disabled={exportDisabled}>
        Export brief
      </Button>
    </workbench.Probe>
  )
})

/** Backups, the source registry and the library's articles and cases. */
export const LibraryColumn = memo(function LibraryColumn({
  articleId,
  caseId,
  onMessage,
  onOpenRegistry,
  onOpenArticle,
  onOpenCase,
  onNewCase
}: {
  articleId: string | null
  caseId: string | null
  onMessage: Notify
  /** Shows the source registry (at no source in particular). */
  onOpenRegistry: (sourceId: null) => void
  onOpenArticle: (id: string) => void
  onOpenCase: (id: string) => void
  onNewCase: () => void
}) {
  return (
    <workbench.Probe part="library column">
      <PaneSection p="xs" pb={0}>
        <BackupMenu onMessage={onMessage} />
        <Button
          variant="subtle"
          size="compact-sm"
          fullWidth
          justify="flex-start"
          aria-keyshortcuts="Shift+R"
          onClick={() => onOpenRegistry(null)}
        >
          Sources
        </Button>
      </PaneSection>
      <PaneSection grow p="xs">
        <LibraryPanel
          selectedArticleId={articleId}
          selectedCaseId={caseId}
          onOpenArticle={onOpenArticle}
          onOpenCase={onOpenCase}
          onNewCase={onNewCase}
        />
      </PaneSection>
    </workbench.Probe>
  )
})

/** The open article's title, byline and case menu, with its Delete button. */
export const ArticleHeading = memo(function ArticleHeading({
  article,
  gradedCount,
  onOpenCase,
  onNewCase,
  onMessage,
  onError,
  onDeleted
}: {
  article: Article
  gradedCount: number
  onOpenCase: (id: string) => void
  onNewCase: () => void
  onMessage: Notify
  onError: (text: string) => void
  /** After the article was deleted, with its title. */
  onDeleted: (title: string) => void
}) {
  return (
    <workbench.Probe part="article heading">
      <Group px="lg" pt="md" maw="46rem" mx="auto" justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={2} size="h3">
            {article.title}
          </Title>
          <ArticleByline article={article} />
          <AddToCaseMenu
            articleId={article.id}
            onOpenCase={onOpenCase}
            onNewCase={onNewCase}
            onAdded={onMessage}
            onError={onError}
          />
        </div>
        {/* A long title must not squeeze the button out of sight. */}
        <div style={{ flexShrink: 0 }}>
          <DeleteArticleButton
            articleId={article.id}
            title={article.title}
            gradedCount={gradedCount}
            onDeleted={() => onDeleted(article.title)}
            onError={onError}
          />
        </div>
      </Group>
    </workbench.Probe>
  )
})
