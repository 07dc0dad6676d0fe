import { describe, expect, it } from 'vitest'
import { inOrder } from './in-order'

describe('inOrder', () => {
  it('keeps one queue per call: work in one never waits for work in another', async () => {
    const pages = inOrder()
    const worker = inOrder()
    let endPageWrite: (() => void) | undefined
    const pageWrite = pages(() => new Promise<void>((resolve) => (endPageWrite = resolve)))
    const started: string[] = []
    const grade = worker(async () => void started.push('grade'))
    // Started in this task, although the other queue's work has not ended.
    expect(started).toEqual(['grade'])
    await grade
    const nextPageWrite = pages(async () => void started.push('next page write'))
    await Promise.resolve()
    expect(started).toEqual(['grade'])
    endPageWrite!()
    await Promise.all([pageWrite, nextPageWrite])
    expect(started).toEqual(['grade', 'next page write'])
  })
})
