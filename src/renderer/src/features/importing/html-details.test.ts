// What real saved pages do that broke imports: the byline only in the page's text, JSON-LD in
// CDATA or with lists where schema.org allows them, bullets, disclosures. Small synthetic pages,
// read as the import dialog reads them: in the file reader's worker.
import { describe, expect, it } from 'vitest'
import { segmentSentences } from '@shared/segment'
import { readPage } from './read-page'

/** Each sentence's kind and words, as the reader will show them. */
const kinds = (text: string) => segmentSentences(text).map((s) => [s.kind, text.slice(s.start, s.end)])

const BODY = [
  'Russian missiles and drones struck energy facilities in five regions overnight, the grid operator said on Wednesday.',
  'Repair crews restored power to most of Kyiv by the morning, according to the city administration.',
  'The operator asked residents to limit their use of heavy appliances during the evening peak hours.',
  'Engineers said the damage to two substations in the east would take weeks to repair, as spare transformers are scarce.',
  'Air defence units shot down most of the drones over the capital region, the air force said in a statement on Telegram.'
]
  .map((p) => `<p>${p}</p>`)
  .join('\n')

const page = (head: string, article: string) =>
  `<!doctype html><html lang="en"><head><title>Page title | Example</title>${head}</head>` +
  `<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>${article}</article>` +
  `<footer>© Example Media</footer></body></html>`

describe('saved pages', () => {
  it('take the byline Readability finds in the text when JSON-LD and meta tags name no author', async () => {
    const article = await readPage(
      page('', `<h1>Strikes hit the grid</h1><p class="byline">By Olena Harmash</p>${BODY}`),
      'byline.html'
    )
    expect(article.author).toBe('Olena Harmash')
    expect(article.text).not.toContain('By Olena Harmash')
  })

  it('read JSON-LD inside CDATA, with its date', async () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Strikes hit Ukraine’s power grid',
      datePublished: '2025-01-15T06:10:00+02:00',
      author: { '@type': 'Person', name: 'Olena Harmash' }
    })
    const head = `<script type="application/ld+json">//<![CDATA[\n${ld}\n//]]></script>`
    expect(await readPage(page(head, BODY), 'cdata.html')).toMatchObject({
      title: 'Strikes hit Ukraine’s power grid',
      author: 'Olena Harmash',
      publishedAt: '2025-01-15'
    })
  })

  it('take lists where schema.org allows them: headline, date, authors, publisher', async () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Not the article' },
        {
          '@type': ['NewsArticle', 'ReportageNewsArticle'],
          headline: ['Strikes hit the grid', 'Strikes hit the grid (updated)'],
          datePublished: ['2025-01-15', '2025-01-16'],
          author: [{ '@type': 'Person', name: 'Olena Harmash' }, 'Tom Balmforth', { name: ['Jan de Vries'] }],
          publisher: [{ '@type': 'Organization', name: 'Example Wire' }]
        }
      ]
    })
    expect(
      await readPage(page(`<script type="application/ld+json">${ld}</script>`, BODY), 'lists.html')
    ).toMatchObject({
      title: 'Strikes hit the grid',
      publishedAt: '2025-01-15',
      author: 'Olena Harmash, Tom Balmforth, Jan de Vries',
      outlet: 'Example Wire'
    })
  })

  it('fall back to the meta tags when a JSON-LD field has a shape schema.org does not allow', async () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: { text: 'odd' }, author: 42 })
    const head =
      `<script type="application/ld+json">${ld}</script>` +
      '<meta property="og:title" content="Strikes hit the grid"><meta name="author" content="Olena Harmash">'
    expect(await readPage(page(head, BODY), 'odd.html')).toMatchObject({
      title: 'Strikes hit the grid',
      author: 'Olena Harmash'
    })
  })

  it('keep list items as lines of their own words, with no glyph put in front', async () => {
    const list = '<ul><li>Kyiv: 3 substations damaged</li><li>Lviv: power cut for 4 hours</li></ul>'
    const { text } = await readPage(page('', `${BODY}${list}`), 'list.html')
    const lines = text.split('\n\n')
    expect(lines).toContain('  Kyiv: 3 substations damaged')
    expect(lines).toContain('  Lviv: power cut for 4 hours')
    expect(lines.some((line) => /^\s*[•·\-*]/.test(line))).toBe(false)
    // Read as list items, claims to grade, not as headings.
    expect(kinds(text)).toContainEqual(['list-item', 'Kyiv: 3 substations damaged'])
    expect(kinds(text)).toContainEqual(['list-item', 'Lviv: power cut for 4 hours'])
  })

  it('keep every line of an item a list item: its paragraphs, and the items of a list inside it', async () => {
    const list =
      '<ol><li><p>Kyiv: 3 substations damaged</p><p>Repairs under way</p></li>' +
      '<li>Lviv region<ul><li>Power cut for 4 hours</li></ul></li></ol>' +
      '<h2>Air defence</h2><p>The air force said it shot down most of the drones.</p>'
    const { text } = await readPage(page('', `${BODY}${list}`), 'nested.html')
    expect(kinds(text).slice(-6)).toEqual([
      ['list-item', 'Kyiv: 3 substations damaged'],
      ['list-item', 'Repairs under way'],
      ['list-item', 'Lviv region'],
      ['list-item', 'Power cut for 4 hours'],
      ['heading', 'Air defence'],
      ['body', 'The air force said it shot down most of the drones.']
    ])
  })

  it('drop a disclosure’s summary and its hidden part', async () => {
    const details =
      '<details><summary>Show transcript</summary><p>Transcript: the minister spoke for an hour.</p></details>'
    const { text } = await readPage(page('', `${BODY}${details}`), 'details.html')
    expect(text).toContain('Repair crews restored power to most of Kyiv')
    expect(text).not.toContain('Show transcript')
    expect(text).not.toContain('Transcript:')
  })

  // Where linkedom, the DOM of the file reader's worker, reads a page otherwise than a browser's
  // parser, found by reading Readability's own test pages in both.
  it('take the <title> as a browser shows it: line breaks in it collapsed', async () => {
    const html = page('', BODY).replace(
      '<title>Page title | Example</title>',
      '<title>\n\t\tStrikes hit the grid\n\t\t| Example\n</title>'
    )
    expect((await readPage(html, 'title.html')).title).toBe('Strikes hit the grid | Example')
  })

  it('take the <title> of a page with an element before its <head>, which the parser mends', async () => {
    const html =
      '<!doctype html><html lang="en"><div id="stamp"></div><head><title>Strikes hit the grid</title></head>' +
      `<body><article>${BODY}</article></body></html>`
    expect(await readPage(html, 'stray.html')).toMatchObject({
      title: 'Strikes hit the grid',
      text: expect.stringContaining('Repair crews restored power to most of Kyiv')
    })
  })

  it('run nothing the page holds: scripts, event handlers, frames', async () => {
    const marks = globalThis as { pageRan?: string }
    const hostile =
      '<script>self.pageRan = "script"; parent.pageRan = "script"</script>' +
      '<img src="x" onerror="parent.pageRan = \'onerror\'"><svg onload="parent.pageRan = \'svg\'"></svg>' +
      '<iframe srcdoc="<script>parent.pageRan = 1</script>"></iframe>'
    const article = await readPage(
      page(`<script>self.pageRan = "head"</script>`, `${BODY}${hostile}`),
      'xss.html'
    )
    expect(article.text).toContain('Repair crews restored power to most of Kyiv')
    expect(article.text).not.toMatch(/pageRan/)
    expect(marks.pageRan).toBeUndefined()
    expect(document.title).not.toBe('xss')
  })
  // Found by the import corpus: the headline shown twice, and a short article's byline kept.
  it('import the headline the page shows as its title only, when JSON-LD gives another', async () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Strikes hit Ukraine’s power grid in five regions'
    })
    const html = page(
      `<script type="application/ld+json">${ld}</script>`,
      `<h1>Russian strikes cut power across Ukraine</h1>${BODY}`
    ).replace('Page title | Example', 'Russian strikes cut power across Ukraine | Example')
    const article = await readPage(html, 'headline.html')
    expect(article.title).toBe('Strikes hit Ukraine’s power grid in five regions')
    expect(article.text).not.toContain('Russian strikes cut power across Ukraine')
    expect(article.text.split('\n\n')[0]).toMatch(/^Russian missiles and drones struck/)
  })

  it('leave the byline out of a short article’s text when it is taken as the author', async () => {
    const short =
      '<p>Russian drones struck a substation near Kharkiv overnight, the grid operator said.</p>' +
      '<p>Power was restored by the morning.</p>'
    const article = await readPage(
      page('', `<h1>Substation hit near Kharkiv</h1><p class="byline">By Olena Harmash</p>${short}`),
      'short.html'
    )
    expect(article.author).toBe('Olena Harmash')
    expect(article.text).toContain('Power was restored by the morning.')
    expect(article.text).not.toContain('Olena Harmash')
  })
})
