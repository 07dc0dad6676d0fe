// For tests of long work on the page's main thread that must let the page run between its steps.

/** How many of the page's tasks ran while `work` was under way (a timer queued again each time). */
export async function pageTurnsDuring<T>(work: () => Promise<T>): Promise<{ turns: number; result: T }> {
  let turns = 0
  let done = false
  const turn = () => {
    if (done) return
    turns++
    setTimeout(turn, 0)
  }
  setTimeout(turn, 0)
  const result = await work()
  done = true
  return { turns, result }
}
