// The print page of a long brief is sanitised in steps, the UI thread free between them: the page
// must be the same however it is cut, and the steps must report how far they are.
import { kurskCaseBrief } from '@shared/brief/kursk-case.fixture'
import { longArticleBrief } from '@shared/brief/long-article.fixture'
import { renderBriefMarkdown } from '@shared/brief/markdown'
import { segmentSentences } from '@shared/segment'
import { normaliseText } from '@shared/text'
import { describe, expect, it } from 'vitest'
import sampleText from '../../../../../resources/samples/dprk-kursk.txt?raw'
import DOMPurify from 'dompurify'
import { briefHtml, briefHtmlInSteps, SANITIZE } from './brief-html'
import { markdownToHtml } from './brief-marked'
import type { RenderResponse } from './brief-render-client'

const SAMPLE = normaliseText(sampleText)
const pool = segmentSentences(SAMPLE).map((s) => SAMPLE.slice(s.start, s.end))
const caseBrief = kurskCaseBrief(SAMPLE)
const caseMarkdown = renderBriefMarkdown(caseBrief)
const long = longArticleBrief(pool, { sentences: 3_000, graded: 300, links: 60 })
const longMarkdown = renderBriefMarkdown(long)

describe('the print page in steps', () => {
  it('is the page of one sanitising pass, however small the steps, lists cut item by item', async () => {
    for (const [markdown, title, handling] of [
      [caseMarkdown, caseBrief.title, caseBrief.handling],
      [longMarkdown, long.title, undefined]
    ] as const) {
      const whole = briefHtml(markdown, title, { handling }, Infinity)
      expect(briefHtml(markdown, title, { handling })).toBe(whole)
      expect(briefHtml(markdown, title, { handling }, 300)).toBe(whole)
      expect(await briefHtmlInSteps(markdown, title, { handling }, { chunkChars: 300 })).toBe(whole)
    }
  })

  it('is the body DOMPurify makes of the whole HTML in one call', () => {
    const html = markdownToHtml(longMarkdown)
    const page = new DOMParser().parseFromString(briefHtml(longMarkdown, long.title, {}, 300), 'text/html')
    const once = new DOMParser().parseFromString(
      `<body>${DOMPurify.sanitize(html, SANITIZE)}</body>`,
      'text/html'
    )
    expect(page.body.innerHTML).toBe(once.body.innerHTML)
    expect(page.body.querySelectorAll('li').length).toBeGreaterThan(300)
  })

  it('takes out what marked makes of hostile Markdown, in every step', async () => {
    const hostile = Array.from(
      { length: 40 },
      (_, i) =>
        `- [item ${i}](javascript:alert(${i})) ![pixel](https://example.org/${i}.png) [ok](https://example.org/${i})`
    ).join('\n')
    for (const page of [
      briefHtml(hostile, 'Hostile', {}, 50),
      await briefHtmlInSteps(hostile, 'Hostile', {}, { chunkChars: 50 })
    ]) {
      const doc = new DOMParser().parseFromString(page, 'text/html')
      expect(doc.querySelectorAll('li')).toHaveLength(40)
      expect(doc.querySelectorAll('img')).toHaveLength(0)
      expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '')).toEqual(
        Array.from({ length: 40 }, (_, i) => ['', `https://example.org/${i}`]).flat()
      )
    }
  })

  it('keeps a long list one list, with every item, when it is cut', () => {
    const doc = new DOMParser().parseFromString(briefHtml(longMarkdown, long.title, {}, 300), 'text/html')
    const claims = [...doc.querySelectorAll('h3')].find((h) => h.textContent?.startsWith('Uncorroborated'))!
    const count = Number(/\((\d+)\)/.exec(claims.textContent ?? '')![1])
    expect(count).toBeGreaterThan(20)
    expect(claims.nextElementSibling!.tagName).toBe('UL')
    expect(claims.nextElementSibling!.children).toHaveLength(count)
  })

  it('reports its steps in order and lets other tasks run between them', async () => {
    const seen: [number, number][] = []
    let otherTaskRan = false
    let ranBeforeSecondStep: boolean | undefined
    await briefHtmlInSteps(longMarkdown, long.title, undefined, {
      onProgress: (done, total) => {
        seen.push([done, total])
        if (done === 1) {
          // Queued now, behind nothing but this step: it must run before the next step starts.
          const probe = new MessageChannel()
          probe.port1.onmessage = () => {
            otherTaskRan = true
            probe.port1.close()
          }
          probe.port2.postMessage(null)
        }
        if (done === 2) ranBeforeSecondStep = otherTaskRan
      }
    })
    const total = seen[0]![1]
    expect(total).toBeGreaterThan(2)
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]))
    expect(ranBeforeSecondStep).toBe(true)
  })

  it('makes the HTML in a worker, the same HTML as on the page', async () => {
    const worker = new Worker(new URL('./brief-render.worker.ts', import.meta.url), { type: 'module' })
    try {
      const response = await new Promise<RenderResponse>((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<RenderResponse>) => resolve(event.data)
        worker.onerror = (event) => reject(new Error(event.message))
        worker.postMessage({ id: 7, markdown: longMarkdown })
      })
      expect(response).toEqual({ id: 7, ok: true, html: markdownToHtml(longMarkdown) })
      expect(response.ok && response.html).toContain('<section class="footnotes"')
    } finally {
      worker.terminate()
    }
  })
})
