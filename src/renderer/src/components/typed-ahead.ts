// A key that focuses an inspector field (s, S, e) may come before the field does: the inspector's
// code still loading, or its parts still coming after an article opened. What the analyst types
// meanwhile is meant for that field, not for the reader's shortcuts (a "k" in a source's name
// would move the selection): it is held, and typed into the field once the key has focused it.

/** The characters typed while a focus waits, or null when none waits. */
let held: string[] | null = null

function hold(event: KeyboardEvent): void {
  if (!held || event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return
  held.push(event.key)
  event.preventDefault()
  event.stopImmediatePropagation()
}

/**
 * Runs `focus` when `whenShown` says the fields are there (at once if they are); characters typed
 * before then go into the field `focus` focused, not to the page's other key handlers.
 */
export function focusWithTypedAhead(whenShown: (then: () => void) => void, focus: () => void): void {
  let ran = false
  whenShown(() => {
    ran = true
    const typed = held?.join('') ?? ''
    held = null
    window.removeEventListener('keydown', hold, true)
    focus()
    const field = document.activeElement
    if (typed && (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement))
      document.execCommand('insertText', false, typed)
  })
  if (ran || held) return
  held = []
  window.addEventListener('keydown', hold, true)
}
