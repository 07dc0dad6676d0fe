// Every keystroke of a free-text field is written at once to localStorage, which is synchronous,
// until IndexedDB has the draft. A page closed before its last save landed (IndexedDB writes
// started while a page closes are aborted with it) leaves its draft here, and the next start of
// the app saves it (see recover-drafts.ts).

/**
 * Which field of which sentence (or, for a brief header, of which article or case; for a key
 * judgment, of which judgment) a draft belongs to.
 */
export type DraftAddress =
  | { field: 'note' | 'override-reason'; articleId: string; sentenceId: string }
  /** The article's brief header, its value the header as JSON. */
  | { field: 'brief-header'; articleId: string }
  /** One field of a case's brief header, its value the field's text. */
  | { field: 'case-header'; caseId: string; part: CaseHeaderPart }
  /** One text of a key judgment, its value the text. */
  | { field: 'judgment'; judgmentId: string; part: JudgmentTextPart }

/** The case header's fields the analyst types into. */
export const CASE_HEADER_PARTS = ['title', 'analyst', 'handling', 'bluf', 'audience', 'date'] as const
export type CaseHeaderPart = (typeof CASE_HEADER_PARTS)[number]

/** A key judgment's texts the analyst types. */
export const JUDGMENT_TEXT_PARTS = ['text', 'confidenceReason', 'assumptions', 'alternatives'] as const
export type JudgmentTextPart = (typeof JUDGMENT_TEXT_PARTS)[number]

export type PendingDraft = DraftAddress & {
  value: string
  /** The page that typed it: a draft of a page still open is that page's to save. */
  tab: string
}

const PREFIX = 'sourcemark:draft:'

/** This page's id, held as a Web Lock for as long as the page lives. */
export const TAB_ID = crypto.randomUUID()
const tabLock = (tab: string) => `sourcemark:tab:${tab}`

let holding = false
/** Holds this page's lock until the page goes away (the browser releases it then). */
export function holdTabLock(): void {
  if (holding || !navigator.locks) return
  holding = true
  void navigator.locks.request(tabLock(TAB_ID), () => new Promise<never>(() => undefined))
}

/** Where a draft is kept in localStorage. */
export function draftKey(a: DraftAddress): string {
  switch (a.field) {
    case 'note':
    case 'override-reason':
      return `${PREFIX}${a.field}:${a.sentenceId}`
    case 'brief-header':
      return `${PREFIX}${a.field}:${a.articleId}`
    case 'case-header':
      return `${PREFIX}${a.field}:${a.caseId}:${a.part}`
    case 'judgment':
      return `${PREFIX}${a.field}:${a.judgmentId}:${a.part}`
  }
}

export function writeDraft(address: DraftAddress, value: string): void {
  holdTabLock()
  const draft: PendingDraft = { ...address, value, tab: TAB_ID }
  try {
    localStorage.setItem(draftKey(address), JSON.stringify(draft))
  } catch {
    // Storage full or disabled: the draft is still saved to IndexedDB as usual.
  }
}

/** Forgets the draft once `value` is stored, unless the analyst has typed on since. */
export function settleDraft(address: DraftAddress, value: string): void {
  const key = draftKey(address)
  const pending = read(key)
  if (pending && pending.value === value) localStorage.removeItem(key)
}

/** Drafts left by pages that are no longer open. */
export async function orphanedDrafts(): Promise<PendingDraft[]> {
  const open = new Set<string>()
  if (navigator.locks) {
    const { held = [] } = await navigator.locks.query()
    for (const lock of held) if (lock.name) open.add(lock.name)
  }
  const drafts: PendingDraft[] = []
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i)
    if (!key?.startsWith(PREFIX)) continue
    const draft = read(key)
    if (draft && !open.has(tabLock(draft.tab))) drafts.push(draft)
  }
  return drafts
}

export function forgetDraft(draft: DraftAddress): void {
  localStorage.removeItem(draftKey(draft))
}

function read(key: string): PendingDraft | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(key) ?? 'null') as PendingDraft | null
    return value && typeof value.value === 'string' && typeof value.tab === 'string' ? value : undefined
  } catch {
    return undefined
  }
}
