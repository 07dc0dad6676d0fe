// zod, loaded after the page's start-up settings, takes them: it never probes for eval, which the
// app's CSP would report.
import { expect, it } from 'vitest'
import './zod-settings'

it('zod loaded later runs jitless', async () => {
  const { config } = await import('zod/v4/core')
  expect(config().jitless).toBe(true)
  const { z } = await import('zod')
  expect(z.object({ title: z.string() }).parse({ title: 'Kursk' })).toEqual({ title: 'Kursk' })
})
