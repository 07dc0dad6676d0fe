// The workbench: library on the left, the article in the middle, the inspector on the right.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import { Button, Group, Overlay, Text, Title } from '@mantine/core'
import type { LibraryMarker } from '@shared/ipc/contract'
import { db, persistenceWarningDue, requestPersistentStorage } from './db'
import { dropTextsAhead, isGraded, newestArticle } from './db/articles'
import { getJudgment } from './db/judgments'
import { rememberLastArticle } from './db/reader-settings'
import { gradeWriter } from './db/grade-writer'
import { focusWithTypedAhead } from './components/typed-ahead'
import { PatientLoader } from './components/patient-loader'
import { markFirstRunDone, openLibrary, startArticleId, startNewLibrary } from './db/first-run'
import { watchLibrary } from './db/library-marker'
import { plainErrorMessage, plainMessageText } from './db/storage-errors'
import { startAutoBackups } from './features/library/auto-backup'
import { Inspector, LibraryGone, SourceRegistry, whenInspectorShown } from './components/lazy-panels'
import { afterStartUp, startUpShown } from './start-up'
import { PersistenceNotice } from './features/library/PersistenceNotice'
import { Reader } from './features/reader/Reader'
import type { ReaderCommand } from './features/reader/shortcuts'
import { runReaderCommand, type ReaderCommandContext } from './features/reader/reader-commands'
import { useReaderKeys } from './features/reader/use-reader-keys'
import { useWorkspace } from './features/reader/use-workspace'
import { GlanceBar } from './features/reader/GlanceBar'
import { useJumpHistory } from './features/reader/use-jump-history'
import { useReaderGlance } from './features/reader/use-reader-glance'
import { isFiltering } from './features/reader/reader-filter'
import { UndoButtons } from './features/undo/UndoButtons'
import { platform } from './platform'
import { useFileDrop, type DroppedFile } from './features/importing/use-file-drop'
import type { StartedJudgment } from './db/case-choice'
import { startedText } from './features/reader/start-judgment'
import { lazyDialog } from './components/lazy-dialog'
import {
  ArticlePane,
  InspectorPane,
  LibraryPane,
  PaneSection,
  WorkbenchHeader,
  WorkbenchPanels
} from './components/WorkbenchPanels'
import { usePaletteKey } from './features/search/palette-key'
import { ArticleHeading, HeaderActions, LibraryColumn } from './WorkbenchParts'

// Import and export bring their own libraries (the file readers; the brief and its exporters):
// fetched when first opened, they stay out of the first load.
const ImportDialog = lazyDialog('Import article', () =>
  import('./features/importing/ImportDialog').then((m) => m.ImportDialog)
)
const ExportBriefDialog = lazyDialog('Export brief', () =>
  import('./features/brief/ExportBriefDialog').then((m) => m.ExportBriefDialog)
)
// Shown only when asked for: a case, a new case, the shortcut sheet.
const CaseView = lazy(() => import('./features/cases/CaseView').then((m) => ({ default: m.CaseView })))
const NewCaseDialog = lazyDialog('New case', () =>
  import('./features/cases/NewCaseDialog').then((m) => m.NewCaseDialog)
)
const ShortcutSheet = lazyDialog('Keyboard shortcuts', () =>
  import('./features/reader/ShortcutSheet').then((m) => m.ShortcutSheet)
)
// Spotlight and the sentence index (MiniSearch, in a worker) come with the first Ctrl/⌘+K.
const CommandPalette = lazyDialog('Command palette', () =>
  import('./features/search/CommandPalette').then((m) => m.CommandPalette)
)

export function App() {
  const [articleId, setArticleId] = useState<string | null>(null)
  // A case shown in the main area instead of the reader; the open article stays open behind it.
  const [caseId, setCaseId] = useState<string | null>(null)
  /** The source registry, shown in the main area at a source (or none); the reader stays behind it. */
  const [registry, setRegistry] = useState<{ sourceId: string | null } | null>(null)
  const [focusJudgmentId, setFocusJudgmentId] = useState<string | null>(null)
  const [newCaseOpen, setNewCaseOpen] = useState(false)
  /** The case the export dialog was opened for; null: the open article. */
  const [exportCaseId, setExportCaseId] = useState<string | null>(null)
  /** A sentence to select once its article is open ("Go to sentence", "Show"). */
  const [pendingSentence, setPendingSentence] = useState<string | null>(null)
  const [selectedIndex, setSelectedIndex] = useState(0)
  const [importOpen, setImportOpen] = useState(false)
  const [exportOpen, setExportOpen] = useState(false)
  const [shortcutsOpen, setShortcutsOpen] = useState(false)
  const [paletteOpen, setPaletteOpen] = useState(false)
  usePaletteKey(useCallback(() => setPaletteOpen(true), []))
  const [dropped, setDropped] = useState<DroppedFile[] | null>(null)
  const dragging = useFileDrop(
    useCallback((files: DroppedFile[]) => {
      setDropped(files)
      setImportOpen(true)
    }, [])
  )
  const [message, setMessage] = useState<{
    text: string
    error?: boolean
    /** An offer beside the message, e.g. to open the judgment just started. */
    action?: { label: string; run: () => void }
  } | null>(null)
  const workspace = useWorkspace(articleId)
  // Failures reach the analyst in plain words: never a raw QuotaExceededError or a shortened link.
  const notify = useCallback(
    (text: string, error?: boolean) => setMessage({ text: error ? plainMessageText(text) : text, error }),
    []
  )
  // One function for every panel's failures, so the inspector's kept panels keep it across grades.
  const notifyError = useCallback((text: string) => notify(text, true), [notify])
  // Counted again only when the grades change, not at every render of the workbench.
  const assessments = workspace?.assessments
  const gradedCount = useMemo(
    () => (assessments ? [...assessments.values()].filter(isGraded).length : 0),
    [assessments]
  )
  /** The marker remembers a library the database no longer holds. */
  const [gone, setGone] = useState<LibraryMarker | null>(null)
  /** Start-up has opened the library's start article: the library is the analyst's. */
  const [ready, setReady] = useState(false)
  const [persistenceNotice, setPersistenceNotice] = useState(false)
  // Start-up has shown its first screen: the article it opened, the library with none, or why
  // the library did not open. The panels' code comes after it (see startUpShown).
  const startShown =
    gone !== null || message?.error === true || (ready && (articleId === null || workspace !== undefined))
  /** The first screen has been shown (and stays so while another article loads). */
  const [shownOnce, setShownOnce] = useState(false)
  useEffect(() => {
    if (!startShown) return
    setShownOnce(true)
    startUpShown()
  }, [startShown])
  /** The library is the analyst's and its first article shown: the marker and backups follow it. */
  const following = ready && shownOnce

  const openArticle = useCallback((id: string) => {
    setCaseId(null)
    setRegistry(null)
    setArticleId(id)
    setSelectedIndex(0)
    void rememberLastArticle(db, id)
  }, [])

  const openStartArticle = useCallback(
    async (sampleId: string | null) => {
      const id = await startArticleId(db, sampleId)
      if (id) openArticle(id)
    },
    [openArticle]
  )

  useEffect(() => {
    void requestPersistentStorage().then((persisted) => {
      if (persistenceWarningDue(persisted)) setPersistenceNotice(true)
    })
    void (async () => {
      try {
        const marker = await platform.libraryMarker.read().catch(() => null)
        const opening = await openLibrary(db, marker)
        if (opening.kind === 'gone') return setGone(opening.marker)
        await openStartArticle(opening.sampleId)
        setReady(true)
        // Texts written ahead of imports that never came (the window closed first) go, once the
        // first article is shown; a failure leaves them for the next start, listed and exported
        // by nothing meanwhile.
        void afterStartUp().then(() => dropTextsAhead(db).catch(() => undefined))
      } catch (e) {
        setMessage({ text: `Could not open the library: ${plainErrorMessage(e)}`, error: true })
        return
      }
      try {
        // Drafts left by a window that closed mid-typing are rare: their code comes when looked
        // for, once the first article is shown.
        await afterStartUp()
        const { recoverDrafts } = await import('./features/autosave/recover-drafts')
        const recovered = await recoverDrafts(db)
        if (recovered)
          setMessage({
            text: `Saved ${recovered} edit${recovered === 1 ? '' : 's'} typed before the window last closed.`
          })
      } catch (e) {
        setMessage({
          text: `Could not save the edits typed before the window last closed: ${plainErrorMessage(e)}`,
          error: true
        })
      }
    })()
  }, [openStartArticle])

  // Once the first article is shown, so that the marker's first reads do not come between the
  // article's own.
  useEffect(() => {
    if (!following) return
    const stopMarker = watchLibrary(db, platform.libraryMarker, {
      onError: (e) =>
        notify(`Could not note the library’s size outside the database: ${plainErrorMessage(e)}`, true)
    })
    const stopBackups =
      platform.autoBackups &&
      startAutoBackups(platform.autoBackups, {
        marker: platform.libraryMarker,
        onError: (e) => notify(`Automatic backup failed: ${plainErrorMessage(e)}`, true)
      })
    return () => {
      stopMarker()
      stopBackups?.()
    }
  }, [following, notify])

  // Before the library is open (or while it is gone) there is nothing to back up: the desktop
  // window need not wait for a backup as it closes. Once backups start (above), they answer instead.
  useEffect(() => {
    if (following) return
    return platform.autoBackups?.onQuitRequest(() => void platform.autoBackups?.declineQuit())
  }, [following])

  // The export dialog briefs what the main area shows: the case, or the open article.
  const openExport = useCallback(() => {
    setExportCaseId(caseId)
    setExportOpen(true)
  }, [caseId])

  // The header's and the library's actions: the same functions at every render (see WorkbenchParts).
  const openShortcuts = useCallback(() => setShortcutsOpen(true), [])
  const openImport = useCallback(() => setImportOpen(true), [])
  const openNewCase = useCallback(() => setNewCaseOpen(true), [])
  const openRegistry = useCallback((sourceId: string | null) => setRegistry({ sourceId }), [])
  const articleDeleted = useCallback(
    (title: string) => {
      notify(`Deleted “${title}”.`)
      void newestArticle(db).then((next) => (next ? openArticle(next.id) : setArticleId(null)))
    },
    [notify, openArticle]
  )

  /** Shows a case in the main area, at one of its key judgments if given. */
  const openCase = useCallback((id: string, judgmentId: string | null = null) => {
    setCaseId(id)
    setRegistry(null)
    setFocusJudgmentId(judgmentId)
  }, [])

  /** Shows the case of a key judgment, at that judgment (a brief-check issue, the reader). */
  const showJudgment = useCallback(
    (judgmentId: string) => {
      void getJudgment(db, judgmentId).then((j) => {
        if (j) openCase(j.caseId, j.id)
        else notify('That key judgment is no longer in the library.', true)
      })
    },
    [openCase, notify]
  )

  /** Opens the sentence's article in the reader (it may be any article) and selects it. */
  const goToSentence = useCallback(
    (sentenceId: string) => {
      openArticle(sentenceId.slice(0, sentenceId.lastIndexOf(':')))
      setPendingSentence(sentenceId)
    },
    [openArticle]
  )

  const leaveGone = async (sampleId: string | null, text?: string) => {
    setGone(null)
    await openStartArticle(sampleId)
    setReady(true)
    if (text) setMessage({ text })
  }

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'import') setImportOpen(true)
        if (command === 'export-brief') openExport()
      }),
    [openExport]
  )

  // The case view opens on the judgment: the reader and inspector offer it for the ones they list.
  const openJudgment = useCallback(
    (caseId: string, judgmentId: string) => openCase(caseId, judgmentId),
    [openCase]
  )
  const judgmentStarted = useCallback(
    (started: StartedJudgment) =>
      setMessage({
        text: startedText(started),
        action: { label: 'Open judgment', run: () => openJudgment(started.case.id, started.judgment.id) }
      }),
    [openJudgment]
  )

  const glance = useReaderGlance(workspace)
  const jumps = useJumpHistory(goToSentence)

  const sentences = workspace?.sentences
  useEffect(() => {
    if (!pendingSentence || !sentences || workspace?.article.id !== articleId) return
    // The article's row may arrive before its sentences: the last article's are still shown.
    if (sentences[0] && sentences[0].articleId !== articleId) return
    const index = sentences.findIndex((s) => s.id === pendingSentence)
    if (index >= 0) setSelectedIndex(index)
    setPendingSentence(null)
  }, [pendingSentence, sentences, workspace, articleId])
  // A merge can remove the last sentence from under the selection.
  const selected = sentences?.[Math.min(selectedIndex, sentences.length - 1)]
  const [selectedId, selectedArticle] = [selected?.id, selected?.articleId]
  // Its row read ahead by the grade writer, so that a grade of it is written in one wave.
  useEffect(() => {
    if (selectedId && selectedArticle) gradeWriter.readAhead(db, selectedId, selectedArticle)
  }, [selectedId, selectedArticle])
  const runCommand = (command: ReaderCommand) => {
    if (!workspace || !selected) return
    const run = () => runReaderCommand(command, context)
    const context: ReaderCommandContext = {
      workspace,
      selected,
      select: setSelectedIndex,
      notify,
      openShortcuts,
      openRegistry,
      onJudgmentStarted: judgmentStarted,
      shown: glance.shown,
      jumpBack: jumps.back
    }
    // A key that goes to an inspector field (s, S, e) pressed before the inspector's code has come
    // is kept, and focuses the field once the inspector is shown, with what was typed meanwhile;
    // grades need no inspector.
    if (command.kind === 'focus') focusWithTypedAhead(whenInspectorShown, run)
    else run()
  }
  useReaderKeys(Boolean(workspace) && !caseId && !registry, runCommand)

  return (
    <>
      <WorkbenchHeader>
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={1} size="h4">
              Sourcemark
            </Title>
            {message && (
              <Text
                size="sm"
                c={message.error ? 'red' : 'dimmed'}
                role="status"
                // An error keeps two lines: what failed and what to do next must both show.
                {...(message.error ? { lineClamp: 2, lh: 1.25 } : { truncate: true })}
                maw={message.error ? 640 : 520}
                title={message.text}
              >
                {message.text}
              </Text>
            )}
            {message?.action && (
              <Button variant="light" size="compact-xs" onClick={message.action.run}>
                {message.action.label}
              </Button>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <UndoButtons onMessage={notify} />
            <HeaderActions
              onShortcuts={openShortcuts}
              onImport={openImport}
              onExport={openExport}
              exportDisabled={!workspace && !caseId}
            />
          </Group>
        </Group>
      </WorkbenchHeader>
      <WorkbenchPanels>
        <LibraryPane>
          <LibraryColumn
            articleId={articleId}
            caseId={caseId}
            onMessage={notify}
            onOpenRegistry={openRegistry}
            onOpenArticle={openArticle}
            onOpenCase={openCase}
            onNewCase={openNewCase}
          />
          {persistenceNotice && (
            <PaneSection p="xs">
              <PersistenceNotice
                desktop={platform.kind === 'desktop'}
                onClose={() => setPersistenceNotice(false)}
              />
            </PaneSection>
          )}
        </LibraryPane>
        <ArticlePane>
          {registry && (
            <SourceRegistry
              focusSourceId={registry.sourceId}
              onClose={() => setRegistry(null)}
              onOpenSentence={goToSentence}
              onError={notifyError}
            />
          )}
          {caseId && !registry && (
            <Suspense fallback={<PatientLoader m="xl" aria-label="Loading case" />}>
              <CaseView
                key={caseId}
                caseId={caseId}
                focusJudgmentId={focusJudgmentId}
                onOpenArticle={openArticle}
                onGoToSentence={goToSentence}
                onExport={openExport}
                onDeleted={(name) => {
                  setCaseId(null)
                  notify(`Deleted the case “${name}”; its articles stay in the library.`)
                }}
                onError={notifyError}
              />
            </Suspense>
          )}
          {!caseId && !registry && workspace === undefined && articleId && (
            <PatientLoader m="xl" aria-label="Loading article" />
          )}
          {!caseId && !registry && workspace === null && (
            <Text p="xl">This article is no longer in the library.</Text>
          )}
          {!caseId && !registry && workspace && (
            <>
              <ArticleHeading
                article={workspace.article}
                gradedCount={gradedCount}
                onOpenCase={openCase}
                onNewCase={openNewCase}
                onMessage={notify}
                onError={notifyError}
                onDeleted={articleDeleted}
              />
              <GlanceBar workspace={workspace} glance={glance} jumps={jumps} />
              <Reader
                glances={glance.glances}
                unmatched={isFiltering(glance.filter) ? (glance.hide ? 'hide' : 'dim') : undefined}
                sourceMargin={glance.sourceMargin}
                text={workspace.article.text}
                sentences={workspace.sentences}
                views={workspace.views}
                judgments={workspace.judgments.citing}
                selectedIndex={selected?.index ?? 0}
                onSelect={setSelectedIndex}
              />
            </>
          )}
        </ArticlePane>
        <InspectorPane>
          <PaneSection grow p="md">
            {workspace && !caseId && (
              <Inspector
                workspace={workspace}
                sentence={selected}
                onError={notifyError}
                onJudgmentStarted={judgmentStarted}
                onOpenJudgment={openJudgment}
                onOpenRegistry={openRegistry}
                onGoToSentence={jumps.jump}
              />
            )}
          </PaneSection>
        </InspectorPane>
      </WorkbenchPanels>
      {dragging && (
        <Overlay color="#1c2a5e" backgroundOpacity={0.35} blur={1} fixed zIndex={300} center>
          <Text c="white" fw={700} size="xl">
            Drop articles to import (text, Markdown, saved page, PDF, Word) or a backup to restore
          </Text>
        </Overlay>
      )}
      {gone && (
        <LibraryGone
          marker={gone}
          onRestored={(text) => {
            void markFirstRunDone(db).then(() => leaveGone(null, text))
          }}
          onStartNew={() => {
            startNewLibrary(db, platform.libraryMarker).then(
              (sampleId) => leaveGone(sampleId),
              (e: unknown) => notify(`Could not start a new library: ${plainErrorMessage(e)}`, true)
            )
          }}
        />
      )}
      <ShortcutSheet opened={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      <CommandPalette
        opened={paletteOpen}
        onClose={() => setPaletteOpen(false)}
        readerActive={Boolean(workspace) && !caseId}
        onOpenArticle={openArticle}
        onGoToSentence={goToSentence}
        onOpenSource={openRegistry}
        onMessage={notify}
        onRunCommand={runCommand}
      />
      <ImportDialog
        opened={importOpen}
        dropped={dropped}
        onClose={() => {
          setImportOpen(false)
          setDropped(null)
        }}
        onImported={(id, text) => {
          setImportOpen(false)
          setDropped(null)
          openArticle(id)
          setMessage({ text })
        }}
      />
      <ExportBriefDialog
        opened={exportOpen}
        articleId={workspace ? articleId : null}
        articleTitle={workspace?.article.title ?? ''}
        caseId={exportCaseId}
        onClose={() => setExportOpen(false)}
        onShowSentence={(sentenceId) => {
          setExportOpen(false)
          goToSentence(sentenceId)
        }}
        onShowJudgment={(judgmentId) => {
          setExportOpen(false)
          showJudgment(judgmentId)
        }}
      />
      <NewCaseDialog
        opened={newCaseOpen}
        openArticleId={workspace ? articleId : null}
        onClose={() => setNewCaseOpen(false)}
        onCreated={(id, name) => {
          setNewCaseOpen(false)
          openCase(id)
          notify(`Created the case “${name}”.`)
        }}
      />
    </>
  )
}
