/**
 * For `vi.waitFor` and `vi.waitUntil`, which give up after one second unless told otherwise (and,
 * unlike `expect.poll`, take no default from the config): a minute, the same guard against a hang
 * as the config's poll guard, so that a loaded machine is never a failure.
 */
export const WAIT_GUARD = { timeout: 60_000 }
