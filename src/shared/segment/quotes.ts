// Tracks whether a quotation is open, so that the later sentences of a multi-sentence quotation are
// classed as quotes too. Quotation marks are located once for the whole text with one native search;
// scanning every sentence character by character would cost more than the rest of the classification.

const MARKS = /["“”„«»]/g

export class QuoteTracker {
  private readonly marks: number[] = []
  private readonly text: string
  private next = 0

  constructor(text: string) {
    this.text = text
    MARKS.lastIndex = 0
    for (let match = MARKS.exec(text); match; match = MARKS.exec(text)) this.marks.push(match.index)
  }

  /** Whether a quotation is open after text[from, to), given whether it was open at `from`. */
  openAfter(from: number, to: number, open: boolean): boolean {
    const { marks, text } = this
    while (this.next < marks.length && marks[this.next] < from) this.next++
    let low = false // opened with „, which “ closes (German, Ukrainian, Russian)
    for (; this.next < marks.length && marks[this.next] < to; this.next++) {
      switch (text.charCodeAt(marks[this.next])) {
        case 0x201e: // „
          open = true
          low = true
          break
        case 0x201c: // “
          open = !(open && low)
          low = false
          break
        case 0x201d: // ”
        case 0xbb: // »
          open = false
          break
        case 0xab: // «
          open = true
          break
        default: // a straight double quote toggles
          open = !open
      }
    }
    return open
  }
}
