import { describe, expect, it } from 'vitest'
import { citationTarget, citationUrlProblem } from './citation'

describe('citationTarget', () => {
  it('keeps a full citation, trimmed, with only the fields given', () => {
    expect(
      citationTarget({
        citation: ' ISW assessment, 26 January 2025 ',
        url: ' https://www.understandingwar.org/backgrounder/a_b ',
        sourceId: 'src-isw',
        accessedOn: '2025-02-02'
      })
    ).toEqual({
      ok: true,
      target: {
        kind: 'external',
        citation: 'ISW assessment, 26 January 2025',
        url: 'https://www.understandingwar.org/backgrounder/a_b',
        sourceId: 'src-isw',
        accessedOn: '2025-02-02'
      }
    })
    expect(citationTarget({ citation: 'Printed leaflet', url: '', accessedOn: '' })).toEqual({
      ok: true,
      target: { kind: 'external', citation: 'Printed leaflet' }
    })
  })

  it.each([
    ['javascript:alert(1)', 'must start with http:// or https://, not javascript:'],
    ['file:///etc/passwd', 'must start with http:// or https://, not file:'],
    ['www.example.org/report', 'is not a web address']
  ])('refuses the address %s, naming it', (url, reason) => {
    expect(citationUrlProblem(url)).toContain(reason)
    const result = citationTarget({ citation: 'Report', url })
    expect(result).toEqual({ ok: false, error: expect.stringContaining(`Address “${url}”`) })
  })

  it('refuses an empty citation and a date that does not exist', () => {
    expect(citationTarget({ citation: '   ' })).toEqual({
      ok: false,
      error: expect.stringMatching(/^Citation:/)
    })
    expect(citationTarget({ citation: 'Report', accessedOn: '2025-02-30' })).toEqual({
      ok: false,
      error: 'Accessed date “2025-02-30” is not a date (YYYY-MM-DD).'
    })
    expect(citationTarget({ citation: 'Report', accessedOn: '2 Feb 2025' }).ok).toBe(false)
    expect(citationTarget({ citation: 'Report', accessedOn: '2025-13-45' }).ok).toBe(false)
  })
})
