// Paste an article (or load a file into the form), give it a title, import it; several files
// picked or dropped at once are reviewed and imported together (BatchImport).
import { useCallback, useEffect, useRef, useState } from 'react'
import { Alert, Button, Group, Modal, Stack } from '@mantine/core'
import { db } from '../../db'
import { ImportError, importLanguage } from '../../db/articles'
import { platform, type ChosenFile, type PickedFile } from '../../platform'
import { importOffThread, warmImporter } from '../../segmenting/segment-client'
import { describeLongRunSplit } from '@shared/segment/long-runs'
import type { ImportStage } from '@shared/segment/prepare'
import { warmFileReader, type ReadOutcome } from './read-file'
import { RestoreInstead } from './RestoreInstead'
import { ImportProgress } from './ImportProgress'
import { FileReadPanel } from './FileReadPanel'
import { useFileReader } from './use-file-reader'
import type { DroppedFile } from './use-file-drop'
import { BatchImport, type BatchControl } from './BatchImport'
import { usePreparedAhead } from './use-prepared-ahead'
import { SentenceCount } from './SentenceCount'
import { DraftFields, NO_DETAILS, type ArticleDetails, type Aside, type Damaged } from './DraftFields'

interface ImportDialogProps {
  opened: boolean
  onClose: () => void
  onImported: (articleId: string, message: string) => void
  /**
   * Files dropped on the window: one opens loaded in the dialog (or it says why it was refused);
   * several open as a batch to review.
   */
  dropped?: DroppedFile | DroppedFile[] | null
}

export function ImportDialog({ opened, onClose, onImported, dropped }: ImportDialogProps) {
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [details, setDetails] = useState<ArticleDetails>(NO_DETAILS)
  const [fileName, setFileName] = useState<string | undefined>()
  const [mediaType, setMediaType] = useState<string | undefined>()
  const [language, setLanguage] = useState<string | undefined>()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [stage, setStage] = useState<ImportStage | null>(null)
  /** What the file's reader kept beside the text: link addresses, what it left out. */
  const [aside, setAside] = useState<Aside>({})
  /** A file of damaged UTF-8, and whether the analyst agreed to U+FFFD in its invalid bytes. */
  const [damaged, setDamaged] = useState<Damaged | null>(null)
  /** A Sourcemark backup picked or dropped here: restored instead of imported. */
  const [backup, setBackup] = useState<PickedFile | null>(null)
  /** What a PDF or Word file's reader kept out of the sentences (tables, footnotes). */
  const [leftOut, setLeftOut] = useState<string[]>([])
  /** Cancels the import under way; set while one runs. */
  const cancelling = useRef<AbortController | null>(null)
  const [cancelled, setCancelled] = useState(false)
  /** Several files picked or dropped at once, reviewed and imported together; a new batch remounts. */
  const [batch, setBatch] = useState<{ files: ChosenFile[]; key: number } | null>(null)
  const batchControl = useRef<BatchControl | null>(null)
  const batches = useRef(0)
  // The language the import will prepare the text in: a file's as read; a pasted text names none.
  const draftLanguage = importLanguage({ language: fileName ? language : undefined })
  const ahead = usePreparedAhead(opened && !batch && !backup, text, draftLanguage, !fileName)

  const reset = useCallback(() => {
    setDetails(NO_DETAILS)
    setTitle('')
    setText('')
    setFileName(undefined)
    setError(null)
    setAside({})
    setDamaged(null)
    setBackup(null)
    setLeftOut([])
    setBatch(null)
  }, [])

  const apply = useCallback((file: PickedFile, outcome: ReadOutcome, replaceInvalidUtf8: boolean) => {
    if (!replaceInvalidUtf8) setDamaged(null)
    setBackup(null)
    if (outcome.kind === 'backup') return setBackup(file)
    if (outcome.kind === 'invalid-utf8') return setDamaged({ file, message: outcome.message, agreed: false })
    if (outcome.kind === 'refused') return setError(outcome.message)
    const read = outcome.article
    setText(read.text)
    setFileName(file.fileName)
    setMediaType(read.mediaType)
    setLanguage(read.language)
    const replaced = replaceInvalidUtf8 ? [...read.text].filter((c) => c === '\uFFFD').length : 0
    const replacedNote = replaced
      ? [`${replaced} invalid byte sequence${replaced === 1 ? '' : 's'} shown as �.`]
      : []
    setAside({ links: read.links, notes: [...replacedNote, ...(read.notes ?? [])] })
    setLeftOut(read.leftOut ?? [])
    // Every detail belongs to the file being imported: what the previous file (or the analyst,
    // for the previous file) filled in is replaced by this file's own values, or emptied.
    setTitle(read.title ?? '')
    setDetails({
      outlet: read.outlet ?? '',
      author: read.author ?? '',
      publishedAt: read.publishedAt ?? '',
      url: read.url ?? ''
    })
  }, [])
  // Every format is read through one entry, PDF and Word files in a worker, with Cancel.
  const reader = useFileReader(apply, setError)
  const load = reader.read
  const stopReading = reader.cancel

  // One file keeps the dialog's own form; several become a batch to review.
  const choose = useCallback(
    (files: ChosenFile[]) => {
      if (files.length > 1) {
        stopReading()
        reset()
        setBatch({ files, key: ++batches.current })
        return
      }
      const [file] = files
      if (!file) return
      setBatch(null)
      if ('refusal' in file) setError(file.refusal)
      else load(file)
    },
    [load, stopReading, reset]
  )

  useEffect(() => {
    if (dropped) choose(Array.isArray(dropped) ? dropped : [dropped])
  }, [dropped, choose])

  useEffect(() => {
    if (opened) {
      warmImporter()
      warmFileReader()
    }
  }, [opened])

  const openFile = async () => {
    try {
      choose(await platform.pickArticleFiles())
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }

  // Cancel during an import stops it and waits for the worker's answer, so the dialog closes only
  // once nothing can land any more (or says so, if the write had committed first).
  const close = () => {
    if (batch) {
      if (batchControl.current?.cancel() === 'stay') return
      reset()
      onClose()
      return
    }
    reader.cancel()
    if (cancelling.current) {
      cancelling.current.abort()
      setCancelled(true)
      return
    }
    onClose()
  }

  const submit = async () => {
    setBusy(true)
    setError(null)
    const cancel = new AbortController()
    cancelling.current = cancel
    try {
      const outcome = await importOffThread(
        db,
        {
          title,
          text,
          origin: fileName ? 'file' : 'paste',
          fileName,
          mediaType: fileName ? mediaType : undefined,
          language: fileName ? language : undefined,
          ...details
        },
        setStage,
        cancel.signal,
        // Opened once stored: the library's lists hear of it once the reader has shown it.
        { opens: true }
      )
      const message =
        outcome.kind === 'duplicate'
          ? `This text is already in the library as “${outcome.title}”; opened it.`
          : [
              `Imported “${title.trim()}”: ${outcome.sentenceCount.toLocaleString('en')} sentences.`,
              describeLongRunSplit(outcome.split)
            ]
              .filter(Boolean)
              .join(' ')
      reset()
      onImported(
        outcome.articleId,
        cancel.signal.aborted ? `${message} It was stored before Cancel reached it.` : message
      )
    } catch (e) {
      if (cancel.signal.aborted && e instanceof Error && e.name === 'AbortError') onClose()
      else
        setError(
          e instanceof ImportError ? e.message : `Import failed: ${e instanceof Error ? e.message : e}`
        )
    } finally {
      cancelling.current = null
      setCancelled(false)
      setBusy(false)
      setStage(null)
    }
  }

  // No exit animation: the article an import opens renders in the frames after the dialog closes,
  // and the animation's steps ran in those same frames (a render in each of the next two, one of
  // them flushed at once, and a fading overlay and dialog to paint in every frame for 250 ms): the
  // first sentence showed 30-110 ms later with them (`npm run bench`, import figures).
  return (
    <Modal
      opened={opened}
      onClose={close}
      title="Import article"
      size="xl"
      transitionProps={{ exitDuration: 0 }}
    >
      {batch && (
        // Kept mounted behind a backup being restored from it, so the review is there to go back to.
        <div hidden={Boolean(backup)}>
          <BatchImport
            key={batch.key}
            files={batch.files}
            control={batchControl}
            onOpen={(articleId, message) => {
              reset()
              onImported(articleId, message)
            }}
            onClose={() => {
              reset()
              onClose()
            }}
            onRestore={setBackup}
          />
        </div>
      )}
      {backup ? (
        <RestoreInstead
          file={backup}
          onCancel={() => {
            if (batch) return setBackup(null)
            reset()
            onClose()
          }}
        />
      ) : batch ? null : (
        <form
          aria-busy={busy}
          onSubmit={(event) => {
            event.preventDefault()
            void submit()
          }}
        >
          <Stack>
            <DraftFields
              title={title}
              setTitle={setTitle}
              text={text}
              setText={setText}
              fileName={fileName}
              setFileName={setFileName}
              details={details}
              setDetails={setDetails}
              aside={aside}
              setAside={setAside}
              damaged={damaged}
              setDamaged={setDamaged}
              leftOut={leftOut}
              load={load}
            />
            <FileReadPanel reader={reader} />
            <SentenceCount count={ahead} />
            {busy && stage && <ImportProgress stage={stage} />}
            {error && (
              <Alert color="red" role="alert" title="Not imported">
                {error}
              </Alert>
            )}
            <Group justify="space-between">
              <Button variant="default" onClick={openFile}>
                Open file…
              </Button>
              <Group>
                <Button variant="default" onClick={close} loading={cancelled}>
                  Cancel
                </Button>
                {/* Disabled while it imports, with no spinner: the progress above says where the
                    import is, and the spinner's and the button's animations kept the compositor
                    drawing on a core the import's own tasks were waiting for (`npm run bench`). */}
                <Button type="submit" disabled={busy || reader.state.kind !== 'idle'}>
                  Import article
                </Button>
              </Group>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  )
}
