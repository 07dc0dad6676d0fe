import { describe, expect, it } from 'vitest'
import { briefHtml } from './brief-html'
import { BUNDLED_FACES, embedFonts, facesFor } from './print-fonts'

const names = (faces: { family: string; weight: number; style: string }[]) =>
  faces.map((f) => `${f.family} ${f.weight} ${f.style}`)

describe('the bundled print fonts', () => {
  it('bundles the faces the print stylesheet uses, and the emoji slices', () => {
    const latin = BUNDLED_FACES.filter((f) => f.ranges.some(([from, to]) => from <= 0x41 && 0x41 <= to))
    expect(names(latin).sort()).toEqual([
      'Noto Sans 400 italic',
      'Noto Sans 400 normal',
      'Noto Sans 700 normal',
      'Noto Serif 400 italic',
      'Noto Serif 400 normal',
      'Noto Serif 700 italic',
      'Noto Serif 700 normal'
    ])
    expect(BUNDLED_FACES.filter((f) => f.family === 'Noto Emoji')).toHaveLength(11)
  })

  it('picks the slices a text needs: emoji only for what no text face covers', () => {
    expect(facesFor('Page 1 of 2').some((f) => f.family === 'Noto Emoji')).toBe(false)
    const emoji = facesFor('Power is “⚡ back on” in Kyiv').filter((f) => f.family === 'Noto Emoji')
    expect(emoji.length).toBeGreaterThan(0)
    for (const face of emoji)
      expect(face.ranges.some(([from, to]) => from <= 0x26a1 && 0x26a1 <= to)).toBe(true)
    expect(facesFor('Київ').map((f) => f.unicodeRange)).toContain(
      BUNDLED_FACES.find((f) => f.url.includes('noto-serif-cyrillic-400-normal'))!.unicodeRange
    )
  })

  it('puts the fonts a brief needs inside it as woff2 data, and nothing else', async () => {
    const html = briefHtml({ body: '<h1>Kyiv ⚡</h1><p>The grid held.</p>' }, 'Kyiv')
    expect(html.match(/@font-face/g)?.length).toBe(BUNDLED_FACES.length)
    const page = await embedFonts(html)
    const sources = [...page.matchAll(/src: url\("([^"]+)"\)/g)].map(([, src]) => src!)
    expect(sources.length).toBeGreaterThan(0)
    expect(sources.length).toBeLessThan(BUNDLED_FACES.length / 2)
    for (const src of sources) {
      expect(src).toMatch(/^data:font\/woff2;base64,/)
      // Every one a real woff2 file: its signature is "wOF2".
      expect(atob(src.slice(src.indexOf(',') + 1, src.indexOf(',') + 9)).slice(0, 4)).toBe('wOF2')
    }
    expect(page.slice(page.indexOf('</style>'))).toBe(html.slice(html.indexOf('</style>')))
  })

  it('embeds the faces of every character the page prints, its handling line in the margins included', async () => {
    const html = briefHtml(
      { body: '<h1>Kyiv ⚡</h1><p>Київ &amp; “Kyiv” &lt; 5 km.</p>', handling: 'ΑΠΟΡΡΗΤΟ' },
      'Kyiv'
    )
    const page = await embedFonts(html)
    const embedded = [...page.matchAll(/unicode-range: ([^;]+);/g)].map(([, range]) => range!)
    const printed = new DOMParser().parseFromString(html, 'text/html')
    const wanted = facesFor(`${printed.title}${printed.body.textContent}ΑΠΟΡΡΗΤΟ`).map((f) => f.unicodeRange)
    expect(new Set(embedded)).toEqual(new Set(wanted))
    for (const script of ['cyrillic', 'greek'])
      expect(embedded).toContain(
        BUNDLED_FACES.find((f) => f.url.includes(`noto-serif-${script}-400-normal`))!.unicodeRange
      )
  })
})
