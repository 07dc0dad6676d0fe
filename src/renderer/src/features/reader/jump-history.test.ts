import { describe, expect, it } from 'vitest'
import { JUMP_LIMIT, popJump, pushJump } from './jump-history'

describe('jump history', () => {
  it('goes back to where each jump started, the last one first', () => {
    let stack = pushJump([], 'kursk:3')
    stack = pushJump(stack, 'tass:7')
    const first = popJump(stack)
    expect(first.to).toBe('tass:7')
    const second = popJump(first.stack)
    expect(second.to).toBe('kursk:3')
    expect(popJump(second.stack).to).toBeUndefined()
  })

  it('does not remember the same place twice in a row', () => {
    expect(pushJump(pushJump([], 'kursk:3'), 'kursk:3')).toEqual(['kursk:3'])
  })

  it('forgets the oldest jumps beyond its limit', () => {
    let stack: string[] = []
    for (let i = 0; i <= JUMP_LIMIT; i++) stack = pushJump(stack, `a:${i}`)
    expect(stack).toHaveLength(JUMP_LIMIT)
    expect(stack[0]).toBe('a:1')
    expect(stack.at(-1)).toBe(`a:${JUMP_LIMIT}`)
  })
})
