// The brief as it will print, inside the export dialog: the same page the PDF export prints, with
// its fonts embedded, in a frame where nothing of the brief can run.
import { useEffect, useRef, useState } from 'react'
import { Alert, Text } from '@mantine/core'
import type { CaseHeader } from '@shared/model'
import { serially } from '../../db'
import type { BriefHeader, BriefScope } from '../../db/brief-data'
import type { BriefBuilds } from './brief-builds'
import { briefPrintPage } from './brief-outputs'

/**
 * Like the print frame's sandbox, without allow-scripts: the brief quotes imported text and must
 * never run. allow-same-origin lets this page keep the reader's scroll position when the preview
 * is rebuilt; without scripts it grants the frame nothing. No allow-modals: the preview never prints.
 */
export const PREVIEW_FRAME_SANDBOX = 'allow-same-origin'

/** A pause in typing before the preview is rebuilt: a rebuild per keystroke would stall typing. */
const REBUILD_AFTER_MS = 400

interface BriefPreviewProps {
  /** The open article, or a case: the same object while it is the same brief. */
  scope: BriefScope
  /** The header as typed; the preview follows it after a pause. */
  header: BriefHeader | CaseHeader
  /** Every sentence in the annotated text, as the export would print it. */
  fullText?: boolean
  /** The dialog's brief, shared with its check and exports. */
  builds: BriefBuilds
}

export function BriefPreview({ scope, header, fullText = false, builds }: BriefPreviewProps) {
  const [page, setPage] = useState<string | null>(null)
  // How far a build is, while one runs: a long brief takes a while.
  const [progress, setProgress] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const frame = useRef<HTMLIFrameElement>(null)
  const scrollY = useRef(0)
  const built = useRef(false)

  useEffect(() => {
    let cancelled = false
    // The first build at once, later ones after a pause in typing.
    const timer = setTimeout(
      () => {
        // Behind every edit still being saved, like the export, so it shows what would print.
        serially(() => builds.brief(scope, header))
          .then((brief) =>
            // As built: the preview shows the brief's own time, an export the time it is made.
            briefPrintPage(brief, { fullText }, brief.generatedAt, (done, total) => {
              if (!cancelled) setProgress(`${Math.round((100 * done) / total)}%`)
            })
          )
          // The fonts' code comes with the first preview, like the page's.
          .then(async (html) => (await import('./print-fonts')).embedFonts(html))
          .then((html) => {
            if (cancelled) return
            setProgress(null)
            scrollY.current = frame.current?.contentWindow?.scrollY ?? 0
            built.current = true
            setPage(html)
            setError(null)
          })
          .catch((e: unknown) => {
            if (!cancelled)
              setError(`The preview could not be built: ${e instanceof Error ? e.message : String(e)}`)
          })
      },
      built.current ? REBUILD_AFTER_MS : 0
    )
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [scope, header, fullText, builds])

  if (error)
    return (
      <Alert color="red" role="alert">
        {error}
      </Alert>
    )
  if (page === null)
    return (
      <Text size="sm" c="dimmed">
        Building the preview…{progress && ` ${progress}`}
      </Text>
    )
  return (
    <>
      {progress && (
        <Text size="sm" c="dimmed" role="status">
          Updating the preview… {progress}
        </Text>
      )}
      <iframe
        ref={frame}
        title="Brief preview"
        data-testid="brief-preview"
        sandbox={PREVIEW_FRAME_SANDBOX}
        srcDoc={page}
        onLoad={() => {
          const view = frame.current?.contentWindow
          view?.scrollTo(0, scrollY.current)
          view?.document.addEventListener('click', followWithinPage)
        }}
        style={{
          width: '100%',
          height: '70vh',
          border: '1px solid var(--mantine-color-default-border)',
          // The page as it prints, on paper, in a dark scheme too.
          background: 'white'
        }}
      />
    </>
  )
}

/**
 * A page written into a frame resolves "#fn-1" against the app's own address, so following a
 * footnote link would navigate the frame away from the brief (and the app's policy refuses framed
 * pages). Footnote links scroll within the preview instead; web links are not followed from it.
 */
function followWithinPage(event: MouseEvent): void {
  // The frame's elements belong to another window: `instanceof Element` would be false.
  const link = (event.target as Element | null)?.closest?.('a[href]')
  if (!link) return
  event.preventDefault()
  const href = link.getAttribute('href') ?? ''
  if (href.startsWith('#'))
    link.ownerDocument.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView()
}
