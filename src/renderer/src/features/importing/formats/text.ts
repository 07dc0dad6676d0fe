// A plain-text article: its headline becomes the title and its "By …" line the author, both out
// of the text and editable before import; without a headline, the file name is the title.
import { splitTopLines } from '@shared/importing/headline'
import { titleFromFileName } from '../decode'
import type { ReadArticle } from '../read-file'

export function readTextArticle(fileName: string, text: string): ReadArticle {
  // Most files have no carriage return: a 5 MB text is then not copied to find none.
  const top = splitTopLines(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text)
  return {
    title: top.title ?? titleFromFileName(fileName),
    author: top.author,
    text: top.text,
    mediaType: 'text/plain'
  }
}
