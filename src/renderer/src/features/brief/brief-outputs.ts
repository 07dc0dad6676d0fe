// The brief model built once per export, and every output made from that one model: the check,
// the Markdown, the print page's body and the data exports. The one place that says how each is
// made from it, for the brief's worker (brief.worker.ts) and for the page where it cannot run.
import { checkBrief, type BriefIssue } from '@shared/brief/check'
import { renderBriefHtml, type BriefHtml } from '@shared/brief/html'
import { renderBriefModelMarkdown, type BriefOptions } from '@shared/brief/markdown'
import { buildBrief, type BriefInput, type BriefModel } from '@shared/brief/model'
import { assessmentsCsv } from '@shared/exports/csv'
import { webAnnotationsJson } from '@shared/exports/web-annotation'
import type { PageProgress } from './brief-html'

export interface BuiltBrief {
  input: BriefInput
  model: BriefModel
}

export function buildOnce(input: BriefInput): BuiltBrief {
  return { input, model: buildBrief(input) }
}

export function briefIssues({ model }: BuiltBrief): BriefIssue[] {
  return checkBrief(model)
}

export function briefMarkdown({ model }: BuiltBrief, options: BriefOptions = {}): string {
  return renderBriefModelMarkdown(model, options)
}

/** The brief stamped with the time it is exported, not the time its model was built. */
export function exportedNow(brief: BuiltBrief, at: string = new Date().toISOString()): BuiltBrief {
  return { input: { ...brief.input, generatedAt: at }, model: { ...brief.model, generatedAt: at } }
}

/**
 * What an export or the preview asks of a built brief. The print page's body only: its head (the
 * print style sheet, the fonts' addresses) is the page's to add (brief-html.ts), as it is served.
 */
export interface BriefOutputs {
  markdown: string
  'page-body': BriefHtml
  csv: string
  jsonld: string
}

export type BriefOutputKind = keyof BriefOutputs

/** One output of `brief`, stamped with `at` (the time of the export) and made with `options`. */
export function briefOutput<K extends BriefOutputKind>(
  brief: BuiltBrief,
  kind: K,
  options: BriefOptions,
  at: string
): BriefOutputs[K] {
  const stamped = exportedNow(brief, at)
  const { input, model } = stamped
  const made: { [P in BriefOutputKind]: () => BriefOutputs[P] } = {
    markdown: () => briefMarkdown(stamped, options),
    'page-body': () => renderBriefHtml(model, options),
    csv: () => assessmentsCsv(input, model),
    jsonld: () => webAnnotationsJson(input, { generatedAt: at }, model)
  }
  return made[kind]()
}

/**
 * A brief built for the export dialog, wherever it was built: the few header fields the dialog
 * names files with, and its outputs asked for when wanted. Built in the worker, it stays there,
 * and only these small answers and the outputs' text come to the page.
 */
export interface BriefHandle {
  /** The brief's title: the header's, or the article's or case's name. */
  readonly title: string
  /** When it was built (the preview shows this; an export is stamped with its own time). */
  readonly generatedAt: string
  readonly handling?: string
  /** What the brief would misstate, and what is unfinished. */
  issues(): Promise<BriefIssue[]>
  output<K extends BriefOutputKind>(
    kind: K,
    options: BriefOptions,
    at: string,
    onProgress?: PageProgress
  ): Promise<BriefOutputs[K]>
  /** Lets the built brief go: an output asked for after this builds it again. */
  release(): void
}

/** The handle of a brief built on the page. */
export function briefHere(brief: BuiltBrief): BriefHandle {
  let issues: BriefIssue[] | undefined
  return {
    title: brief.input.title,
    generatedAt: brief.input.generatedAt,
    handling: brief.input.handling,
    issues: async () => (issues ??= briefIssues(brief)),
    async output(kind, options, at, onProgress) {
      const made = briefOutput(brief, kind, options, at)
      if (kind === 'page-body') onProgress?.(1, 1)
      return made
    },
    release: () => undefined
  }
}

/**
 * The page the PDF export prints and the preview shows, stamped `at`, reporting progress. Its
 * head (the print style sheet and fonts) is fetched the first time a page is made: the check and
 * Markdown do without it.
 */
export async function briefPrintPage(
  brief: BriefHandle,
  options: BriefOptions,
  at: string,
  onProgress?: PageProgress
): Promise<string> {
  const [body, { briefHtml }] = await Promise.all([
    brief.output('page-body', options, at, onProgress),
    import('./brief-html')
  ])
  return briefHtml(body, brief.title)
}
