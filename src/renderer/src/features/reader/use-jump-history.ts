// The reader's history of jumps through links: jump to a linked sentence (in any article), and
// Back (button or key) to the sentence the jump started from.
import { useCallback, useRef, useState } from 'react'
import { popJump, pushJump } from './jump-history'

export interface JumpHistory {
  /** Goes to sentence `to`, remembering `from` for Back. */
  jump: (from: string, to: string) => void
  /** Goes back to where the last jump started; false when there was none. */
  back: () => boolean
  canGoBack: boolean
}

export function useJumpHistory(goToSentence: (sentenceId: string) => void): JumpHistory {
  const [stack, setStack] = useState<string[]>([])
  // Read by Back at once, so two quick presses go back two jumps.
  const current = useRef(stack)
  const update = (next: string[]) => {
    current.current = next
    setStack(next)
  }
  const jump = useCallback(
    (from: string, to: string) => {
      update(pushJump(current.current, from))
      goToSentence(to)
    },
    [goToSentence]
  )
  const back = useCallback(() => {
    const { to, stack: rest } = popJump(current.current)
    if (to === undefined) return false
    update(rest)
    goToSentence(to)
    return true
  }, [goToSentence])
  return { jump, back, canGoBack: stack.length > 0 }
}
