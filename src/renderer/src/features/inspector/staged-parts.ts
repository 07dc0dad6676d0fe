// The inspector of an article just opened is put in the page a part at a time, each part in a
// commit of its own once the page before it has been painted. Its Mantine parts place themselves
// as they mount (a popover's anchor, a segmented control's indicator): state set in that commit,
// which React renders again at once inside it, after running every effect of the page. Mounted
// with the reader of a large article, that was the longest task of its import.
import { startTransition, useEffect, useState } from 'react'

/**
 * How many of `parts` parts to show of what belongs to `owner` (an article's id): none in the
 * commit that first shows it, then one more after each frame painted, until all are in; they stay
 * in while the owner is the same (a grade, another sentence of the article renders them at once).
 */
export function useStagedParts(owner: string, parts: number): number {
  const [shown, setShown] = useState({ owner, count: 0 })
  const count = shown.owner === owner ? shown.count : 0
  useEffect(() => {
    if (count >= parts) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // After the next frame is painted, in a transition: the page answers meanwhile.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown({ owner, count: count + 1 })))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [owner, count, parts])
  return count
}
