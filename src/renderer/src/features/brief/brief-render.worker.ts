// Turns a brief's Markdown into HTML off the UI thread: for a long brief, marked is the longest
// step of the print page. Sanitising needs a DOM and stays on the page, in steps (brief-html.ts).
import { markdownToHtml } from './brief-marked'
import type { RenderRequest, RenderResponse } from './brief-render-client'

self.onmessage = (event: MessageEvent<RenderRequest>) => {
  const { id, markdown } = event.data
  let response: RenderResponse
  try {
    response = { id, ok: true, html: markdownToHtml(markdown) }
  } catch (error) {
    response = { id, ok: false, error: error instanceof Error ? error.message : String(error) }
  }
  postMessage(response)
}
