// Messages between the export dialog's page and the brief's worker (brief-worker-client.ts,
// brief.worker.ts). Only small things and finished text cross: the built brief stays in the worker.
import type { BriefIssue } from '@shared/brief/check'
import type { BriefOptions } from '@shared/brief/markdown'
import type { CaseHeader } from '@shared/model'
import type { BriefHeader, BriefScope } from '../../db/brief-data'
import type { BriefOutputKind, BriefOutputs } from './brief-outputs'

export type BriefRequest =
  /** Read the brief of `scope` from the named library and build it; kept as `id` until released. */
  | {
      kind: 'build'
      id: number
      /** The IndexedDB name of the library the page has open. */
      database: string
      scope: BriefScope
      header?: BriefHeader | CaseHeader
    }
  /** One output of the brief built as `build`, answered as `id`. */
  | {
      kind: 'output'
      id: number
      build: number
      output: BriefOutputKind
      options: BriefOptions
      at: string
    }
  /** Open the named library ahead of the first build: the dialog is opening. Nothing is answered. */
  | { kind: 'open'; database: string }
  /** The page no longer needs the brief built as `build`. */
  | { kind: 'release'; build: number }

export type BriefResponse =
  /** Built and kept: what the dialog shows and names its files with. */
  | {
      kind: 'built'
      id: number
      title: string
      generatedAt: string
      handling?: string
      issues: BriefIssue[]
    }
  | { kind: 'output'; id: number; value: BriefOutputs[BriefOutputKind] }
  /** How far an output is: `done` of `total` steps. */
  | { kind: 'progress'; id: number; done: number; total: number }
  /** The worker cannot open the library: the page builds the brief itself. */
  | { kind: 'unavailable'; id: number }
  /** The brief an output was asked of is no longer kept (it was released). */
  | { kind: 'gone'; id: number }
  /** Reading or building failed (the article was deleted, the library unreadable): the message shown. */
  | { kind: 'failed'; id: number; name: string; message: string }
