// A Word file (.docx) read by mammoth, which turns the document's structure (headings, lists,
// tables, footnotes) into plain semantic HTML; that HTML is laid out as an article with linkedom,
// a DOM that runs in the file reader's worker. Tables and footnotes are kept out of the sentences.
import mammoth from 'mammoth/mammoth.browser'
import { parseHTML } from 'linkedom'
import { listItemLine } from '@shared/segment/list-indent'
import { FileReadError, type FileDraft } from './file-draft'
import { docxCoreTitle } from './docx-core-title'
import { withoutLeadingTitle } from './leading-title'

const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim()

/** A footnote's text without the "↑" link back to where it is cited. */
function noteText(item: Element): string {
  item.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]').forEach((a) => a.remove())
  return words(item)
}

interface Laid {
  lines: string[]
  heading?: string
  leftOut: string[]
}

function layOut(body: Element): Laid {
  const laid: Laid = { lines: [], leftOut: [] }
  // Footnote marks ("[1]") are no part of the sentence they follow.
  body.querySelectorAll('sup').forEach((sup) => {
    if (sup.querySelector('a[href^="#footnote-"], a[href^="#endnote-"]')) sup.remove()
  })
  const listItems = (list: Element) => {
    for (const item of Array.from(list.children)) {
      if (item.tagName !== 'LI') continue
      const nested = Array.from(item.children).filter((c) => c.tagName === 'UL' || c.tagName === 'OL')
      nested.forEach((n) => n.remove())
      const text = words(item)
      // Indented: a list item, not a heading, to the segmenter.
      if (text) laid.lines.push(listItemLine(text))
      nested.forEach(listItems)
    }
  }
  for (const block of Array.from(body.children)) {
    const tag = block.tagName
    if ((tag === 'OL' || tag === 'UL') && block.querySelector('li[id^="footnote-"], li[id^="endnote-"]')) {
      for (const item of Array.from(block.children)) {
        const note = noteText(item)
        const kind = item.id.startsWith('endnote') ? 'endnote' : 'footnote'
        if (note) laid.leftOut.push(`${kind} ${item.id.replace(/^\D+/, '')}: ${note}`)
      }
    } else if (tag === 'TABLE') {
      const rows = Array.from(block.querySelectorAll('tr'))
      const first = Array.from(rows[0]?.children ?? [])
        .map(words)
        .join(' · ')
      laid.leftOut.push(`a table of ${rows.length} row${rows.length === 1 ? '' : 's'} (${first})`)
    } else if (tag === 'UL' || tag === 'OL') {
      listItems(block)
    } else {
      const text = words(block)
      if (!text) continue
      if (/^H[1-6]$/.test(tag) && laid.heading === undefined) laid.heading = text
      laid.lines.push(text)
    }
  }
  return laid
}

export async function readDocx(fileName: string, bytes: Uint8Array): Promise<FileDraft> {
  let html: string
  try {
    const copy = bytes.slice().buffer
    const result = await mammoth.convertToHtml(
      { arrayBuffer: copy },
      // Images are not text: they are left out rather than carried along as data.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) }
    )
    html = result.value
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    throw new FileReadError(`“${fileName}” is a damaged Word file and cannot be read (${why}).`)
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  const laid = layOut(document.body)
  const text = laid.lines.join('\n\n')
  if (!text) throw new FileReadError(`“${fileName}” has no text to import.`)
  const title = (await docxCoreTitle(bytes)) ?? laid.heading ?? ''
  return {
    title,
    text: withoutLeadingTitle(text, title),
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ...(laid.leftOut.length ? { leftOut: laid.leftOut } : {})
  }
}
