// A saved news page reduced to its article, read as the import dialog reads it: in the file
// reader's worker.
import { describe, expect, it } from 'vitest'
import page from '../../../../../e2e/fixtures/kyiv-grid.html?raw'
import { readArticleFile } from './read-file'
import { readPage } from './read-page'

describe('saved web pages', () => {
  it('keep the article’s paragraphs, headings and list items, and drop navigation, ads and scripts', async () => {
    const article = await readPage(page, 'kyiv-grid.html')
    const lines = article.text.split('\n\n')
    expect(lines).toContain('Air defence')
    expect(lines).toContain('  Kyiv: 3 substations damaged')
    expect(lines.some((l) => l.startsWith('Russian missiles and drones struck energy facilities'))).toBe(true)
    expect(article.text).toContain(
      'Lt. Gen. Ivan Petrenko, the regional commander, called it “the heaviest attack this winter.”'
    )
    for (const noise of ['Subscribe for $1', 'Buy the best VPN', 'trackingPixel', 'Privacy']) {
      expect(article.text).not.toContain(noise)
    }
  })

  it('take title and details from JSON-LD and meta tags', async () => {
    expect(await readPage(page, 'kyiv-grid.html')).toMatchObject({
      title: 'Russian strikes hit Ukraine’s power grid overnight',
      outlet: 'Example Independent',
      author: 'Olena Harmash',
      publishedAt: '2025-01-15',
      url: 'https://example-independent.test/news/russian-strikes-power-grid',
      language: 'en'
    })
  })

  it('read the charset the page declares, and refuse a page with no article by name', async () => {
    // A Windows-1251 page: "Київ" is the four bytes CA E8 BF E2; read as 1252 it would be "Êè¿â".
    const ascii = (t: string) => Array.from(t, (c) => c.charCodeAt(0))
    const page1251 = Uint8Array.from([
      ...ascii('<html><head><meta charset="windows-1251"></head><body><p>'),
      ...[0xca, 0xe8, 0xbf, 0xe2],
      ...ascii(' said power was restored.</p></body></html>')
    ])
    const empty = new TextEncoder().encode('<html><head><script>track()</script></head><body></body></html>')
    expect(await readArticleFile({ fileName: 'empty.html', bytes: empty })).toEqual({
      kind: 'refused',
      message: '“empty.html”: no article text found in this page.'
    })
    expect(await readArticleFile({ fileName: 'kyiv.html', bytes: page1251 })).toMatchObject({
      kind: 'article',
      article: { text: 'Київ said power was restored.' }
    })
  })
})
