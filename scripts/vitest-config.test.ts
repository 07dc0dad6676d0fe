// The browser tests' guards: a failing assertion on the page must fail within the poll guard. Vitest's
// `expect.element` waits for what is left of the test's time (the ten-minute hang guard) unless the
// browser provider has an action timeout; with one it waits as `expect.poll` does.
import { describe, expect, test } from 'vitest'
import config from '../vitest.config'

interface Project {
  test: {
    name: string
    testTimeout: number
    expect: { poll: { timeout: number } }
    browser?: { provider?: { options?: { actionTimeout?: number } } }
  }
}

const projects = (config.test?.projects ?? []) as unknown as Project[]
const browser = projects.find((project) => project.test.name === 'browser')!.test

describe('the browser tests’ guards', () => {
  test('a failing expect.element gives up after the poll guard, well before the hang guard', () => {
    const actionTimeout = browser.browser?.provider?.options?.actionTimeout
    expect(actionTimeout).toBe(browser.expect.poll.timeout)
    expect(actionTimeout).toBeLessThan(browser.testTimeout / 5)
  })
})
