// Per-language behaviour that the news sets do not pin down on their own.
import { describe, expect, it } from 'vitest'
import { segmentSentences } from '@shared/segment'
import { languageRules, primaryLanguage } from './languages'

function texts(text: string, language?: string): string[] {
  return segmentSentences(text, { language }).map((s) => text.slice(s.start, s.end))
}

describe('language tables', () => {
  it('are chosen by the primary subtag, English when unknown', () => {
    expect(primaryLanguage('de-AT')).toBe('de')
    expect(languageRules('ru-RU')).toBe(languageRules('ru'))
    expect(languageRules('xx')).toBe(languageRules('en'))
    expect(languageRules(undefined)).toBe(languageRules('en'))
  })

  it('accept malformed language tags', () => {
    expect(texts('Hello there. Bye.', 'not a tag!')).toEqual(['Hello there.', 'Bye.'])
  })

  it('split German at real ends only', () => {
    expect(texts('Er kam am 3. Oktober, z. B. mit Dr. Weber. Danach ging er.', 'de')).toEqual([
      'Er kam am 3. Oktober, z. B. mit Dr. Weber.',
      'Danach ging er.'
    ])
  })

  it('split Russian at real ends only', () => {
    expect(texts('В. В. Путин, т. е. президент, прибыл в г. Курск. Он выступил.', 'ru')).toEqual([
      'В. В. Путин, т. е. президент, прибыл в г. Курск.',
      'Он выступил.'
    ])
  })

  it('split Ukrainian at real ends only', () => {
    expect(texts('У 2023 р. О. Кіндратенко очолив службу. Він досі її очолює.', 'uk')).toEqual([
      'У 2023 р. О. Кіндратенко очолив службу.',
      'Він досі її очолює.'
    ])
  })

  it('leave CJK sentences, which have no spaces, to ICU', () => {
    expect(texts('你好。世界！', 'zh')).toEqual(['你好。', '世界！'])
  })
})
