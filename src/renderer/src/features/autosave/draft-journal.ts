// Every keystroke of a free-text field is written at once to localStorage, which is synchronous,
// until IndexedDB has the draft. A page closed before its last save landed (IndexedDB writes
// started while a page closes are aborted with it) leaves its draft here, and the next start of
// the app saves it (see recover-drafts.ts).

/** Which field of which sentence (or, for the brief header, of which article) a draft belongs to. */
export type DraftAddress =
  | { field: 'note' | 'override-reason'; articleId: string; sentenceId: string }
  /** The article's brief header, its value the header as JSON. */
  | { field: 'brief-header'; articleId: string }

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
export const draftKey = (a: DraftAddress) =>
  `${PREFIX}${a.field}:${'sentenceId' in a ? a.sentenceId : a.articleId}`

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
