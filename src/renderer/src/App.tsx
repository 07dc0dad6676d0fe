// The workbench: library on the left, the article in the middle, the inspector on the right.
import { useCallback, useEffect, useState } from 'react'
import { AppShell, Button, Group, Loader, ScrollArea, Text, Title } from '@mantine/core'
import { db, requestPersistentStorage, serially } from './db'
import { ensureSample } from './db/first-run'
import { isGraded } from './db/articles'
import { updateAssessment } from './db/assessments'
import { updateSource } from './db/sources'
import { ExportBriefDialog } from './features/brief/ExportBriefDialog'
import { ImportDialog } from './features/importing/ImportDialog'
import { Inspector } from './features/inspector/Inspector'
import { BackupMenu } from './features/library/BackupMenu'
import { DeleteArticleButton } from './features/library/DeleteArticleButton'
import { LibraryList } from './features/library/LibraryList'
import { acceptSuggestion } from './features/inspector/accept-suggestion'
import { suggestionsFor } from './features/inspector/suggestions'
import { ArticleByline } from './features/reader/ArticleByline'
import { Reader } from './features/reader/Reader'
import { ShortcutSheet } from './features/reader/ShortcutSheet'
import type { ReaderCommand } from './features/reader/shortcuts'
import { useReaderKeys } from './features/reader/use-reader-keys'
import { NOTE_FIELD_ID, SOURCE_FIELD_ID } from './features/inspector/field-ids'
import { useWorkspace } from './features/reader/use-workspace'
import { UndoButtons } from './features/undo/UndoButtons'
import { platform } from './platform'
import type { Assessment, Sentence } from '@shared/model'

const LAST_ARTICLE = 'lastArticleId'

/** The next (or previous) sentence, not a heading, that has no grade yet; null when none is left. */
function nextUnassessed(
  sentences: Sentence[],
  assessments: Map<string, Assessment>,
  from: number,
  delta: 1 | -1
): number | null {
  for (let i = from + delta; i >= 0 && i < sentences.length; i += delta) {
    const s = sentences[i]
    const a = assessments.get(s.id)
    if (s.kind !== 'heading' && !(a && isGraded(a))) return i
  }
  return null
}

export function App() {
  const [articleId, setArticleId] = useState<string | null>(null)
  const [selectedIndex, setSelectedIndex] = useState(0)
  const [importOpen, setImportOpen] = useState(false)
  const [exportOpen, setExportOpen] = useState(false)
  const [shortcutsOpen, setShortcutsOpen] = useState(false)
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null)
  const workspace = useWorkspace(articleId)
  const notify = useCallback((text: string, error?: boolean) => setMessage({ text, error }), [])

  const openArticle = useCallback((id: string) => {
    setArticleId(id)
    setSelectedIndex(0)
    void db.settings.put({ key: LAST_ARTICLE, value: id })
  }, [])

  useEffect(() => {
    void requestPersistentStorage()
    void (async () => {
      try {
        const sampleId = await ensureSample(db)
        const last = (await db.settings.get(LAST_ARTICLE))?.value
        const lastExists = typeof last === 'string' && (await db.articles.get(last))
        const newest = await db.articles.orderBy('importedAt').last()
        const id = sampleId ?? (lastExists ? last : newest?.id)
        if (id) openArticle(id)
      } catch (e) {
        setMessage({ text: `Could not open the library: ${e instanceof Error ? e.message : e}`, error: true })
      }
    })()
  }, [openArticle])

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'import') setImportOpen(true)
        if (command === 'export-brief') setExportOpen(true)
      }),
    []
  )

  const sentences = workspace?.sentences
  // A merge can remove the last sentence from under the selection.
  const selected = sentences?.[Math.min(selectedIndex, sentences.length - 1)]
  const runCommand = (command: ReaderCommand) => {
    if (!workspace || !selected || !sentences) return
    const text = workspace.article.text
    const fail = (e: unknown) => notify(e instanceof Error ? e.message : String(e), true)
    switch (command.kind) {
      case 'move':
        setSelectedIndex(Math.max(0, Math.min(sentences.length - 1, selected.index + command.delta)))
        break
      case 'edge':
        setSelectedIndex(command.to === 'first' ? 0 : sentences.length - 1)
        break
      case 'next-unassessed': {
        const next = nextUnassessed(sentences, workspace.assessments, selected.index, command.delta)
        if (next === null) notify('Every sentence in that direction is graded.')
        else setSelectedIndex(next)
        break
      }
      case 'credibility':
        serially(() => updateAssessment(db, selected, text, { credibility: command.value })).catch(fail)
        break
      case 'reliability':
        // Read at write time: the source may have been picked a moment ago and still be saving.
        serially(async () => {
          const sourceId = (await db.assessments.get(selected.id))?.attributions[0]?.sourceId
          if (!sourceId) notify('Pick the sentence’s source first (s), then grade its reliability.', true)
          else await updateSource(db, sourceId, { reliability: command.value })
        }).catch(fail)
        break
      case 'toggle-key-judgment':
        serially(async () => {
          const keyJudgment = !(await db.assessments.get(selected.id))?.keyJudgment
          await updateAssessment(db, selected, text, { keyJudgment })
        }).catch(fail)
        break
      case 'accept-suggestion': {
        const [suggestion] = suggestionsFor(workspace, selected)
        if (!suggestion) notify('This sentence names no source in its words; press s to pick one.', true)
        else serially(() => acceptSuggestion(db, selected, text, suggestion)).catch(fail)
        break
      }
      case 'focus':
        document.getElementById(command.field === 'source' ? SOURCE_FIELD_ID : NOTE_FIELD_ID)?.focus()
        break
      case 'shortcut-sheet':
        setShortcutsOpen(true)
        break
    }
  }
  useReaderKeys(Boolean(workspace), runCommand)

  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 280, breakpoint: 0 }}
      aside={{ width: 360, breakpoint: 0 }}
      padding={0}
    >
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={1} size="h4">
              Sourcemark
            </Title>
            {message && (
              <Text size="sm" c={message.error ? 'red' : 'dimmed'} role="status" truncate maw={520}>
                {message.text}
              </Text>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <UndoButtons onMessage={notify} />
            <Button variant="subtle" onClick={() => setShortcutsOpen(true)} aria-label="Keyboard shortcuts">
              ?
            </Button>
            <Button onClick={() => setImportOpen(true)}>Import</Button>
            <Button variant="light" onClick={() => setExportOpen(true)} disabled={!workspace}>
              Export brief
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar>
        <AppShell.Section p="xs" pb={0}>
          <BackupMenu onMessage={notify} />
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea} p="xs">
          <LibraryList selectedId={articleId} onOpen={openArticle} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        {workspace === undefined && articleId && <Loader m="xl" aria-label="Loading article" />}
        {workspace === null && <Text p="xl">This article is no longer in the library.</Text>}
        {workspace && (
          <>
            <Group
              px="lg"
              pt="md"
              maw="46rem"
              mx="auto"
              justify="space-between"
              align="flex-start"
              wrap="nowrap"
            >
              <div>
                <Title order={2} size="h3">
                  {workspace.article.title}
                </Title>
                <ArticleByline article={workspace.article} />
              </div>
              <DeleteArticleButton
                articleId={workspace.article.id}
                title={workspace.article.title}
                gradedCount={[...workspace.assessments.values()].filter(isGraded).length}
                onDeleted={() => {
                  notify(`Deleted “${workspace.article.title}”.`)
                  void db.articles
                    .orderBy('importedAt')
                    .last()
                    .then((next) => (next ? openArticle(next.id) : setArticleId(null)))
                }}
                onError={(text) => notify(text, true)}
              />
            </Group>
            <Reader
              text={workspace.article.text}
              sentences={workspace.sentences}
              views={workspace.views}
              assessments={workspace.assessments}
              selectedIndex={selected?.index ?? 0}
              onSelect={setSelectedIndex}
            />
          </>
        )}
      </AppShell.Main>
      <AppShell.Aside>
        <AppShell.Section grow component={ScrollArea} p="md">
          {workspace && (
            <Inspector
              workspace={workspace}
              sentence={selected}
              onError={(text) => setMessage({ text, error: true })}
            />
          )}
        </AppShell.Section>
      </AppShell.Aside>
      <ShortcutSheet opened={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      <ImportDialog
        opened={importOpen}
        onClose={() => setImportOpen(false)}
        onImported={(id, text) => {
          setImportOpen(false)
          openArticle(id)
          setMessage({ text })
        }}
      />
      <ExportBriefDialog
        opened={exportOpen}
        articleId={articleId}
        articleTitle={workspace?.article.title ?? ''}
        onClose={() => setExportOpen(false)}
        onDone={(text) => {
          setExportOpen(false)
          setMessage({ text })
        }}
        onShowSentence={(sentenceId) => {
          setExportOpen(false)
          const index = sentences?.findIndex((s) => s.id === sentenceId) ?? -1
          if (index >= 0) setSelectedIndex(index)
        }}
      />
    </AppShell>
  )
}
