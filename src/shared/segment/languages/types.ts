// The shape of a per-language table of abbreviations and cue words. Adding a language means adding
// one such table and registering it in ./index.ts; the boundary rules themselves stay the same.

/** Word lists that tell the boundary rules whether a period really ends a sentence. */
export interface LanguageRules {
  /** Titles and ranks written before a name (`Mr.`, `Col.`, `Mt.`): never end a sentence. */
  readonly titles: ReadonlySet<string>
  /** Abbreviations that take a number (`No. 3`, `p. 55`, `Jan. 26`): never end before a digit. */
  readonly beforeNumber: ReadonlySet<string>
  /** Abbreviations that end a sentence only when a usual sentence opener follows (`Inc.`, `U.S.`). */
  readonly abbreviations: ReadonlySet<string>
  /** Abbreviations that close a list or follow a number (`etc.`, `pct.`, `и т. д.`): before a capital they end the sentence. */
  readonly enders: ReadonlySet<string>
  /**
   * As `abbreviations`, matched case-sensitively: in lower case they are ordinary words (`Ill.`); also
   * initials transliterated from one Cyrillic letter (`Yu. V. Shevchenko`).
   */
  readonly caseSensitive: ReadonlySet<string>
  /** Words (lower case) that usually open a sentence; after an abbreviation they mean it ended there. */
  readonly openers: ReadonlySet<string>
  /**
   * Abbreviated place names (`u.s`, `u.n`): before a name and a lower-case word ("the U.S. Tehran
   * denies") they end the sentence, unless the name is one of `placeFollowers` ("the U.S. Army said").
   */
  readonly places: ReadonlySet<string>
  /** Words that continue a name after an abbreviated place: "U.S. Army", "U.N. Envoy", "D.C. Council". */
  readonly placeFollowers: ReadonlySet<string>
  /** Lower-case words inside a name: "U.S. Secretary of State", "U.N. Commissioner for Refugees". */
  readonly nameJoiners: ReadonlySet<string>
  /** Clock abbreviations (`a.m`, `p.m`). */
  readonly clock: ReadonlySet<string>
  /** Words after a clock time that continue its sentence: weekdays, months, time zones. */
  readonly clockFollowers: ReadonlySet<string>
  /** Words that make the word before them a time zone after a clock time: "11 p.m. Kyiv time". */
  readonly zoneWords: ReadonlySet<string>
  /** Words that open a fronted time phrase, as in "At 5 a.m. Mr. Smith went out". */
  readonly timePrepositions: ReadonlySet<string>
  /** Verbs of an attribution that may follow a quoted question: "“Why?” Smith asked." */
  readonly speechVerbs: ReadonlySet<string>
  /** Month names (lower case): `3. Oktober` is a date in languages with ordinal dots. */
  readonly months: ReadonlySet<string>
  /** Every abbreviation above (lower case), for one look-up before the detailed ones. */
  readonly known: ReadonlySet<string>
  /** Length of the longest abbreviation in the tables: a longer word before a period is no abbreviation. */
  readonly longest: number
  /** Word endings that abbreviate a noun taking a number, as in German `Goethestr. 12`. */
  readonly numberedSuffixes: readonly string[]
  /** Whether `3.` before a word is an ordinal number (German, and other Central European languages). */
  readonly ordinalDots: boolean
}

/** The table as written: each list is one whitespace-separated string, lower case unless case-sensitive. */
export interface LanguageTable {
  titles: string
  beforeNumber: string
  abbreviations: string
  enders?: string
  caseSensitive?: string
  openers: string
  places?: string
  placeFollowers?: string
  nameJoiners?: string
  clock?: string
  clockFollowers?: string
  zoneWords?: string
  timePrepositions?: string
  speechVerbs?: string
  months?: string
  numberedSuffixes?: string
  ordinalDots?: boolean
}

function words(list: string | undefined, lowerCase: boolean): ReadonlySet<string> {
  const items = (list ?? '').split(/\s+/).filter((w) => w.length > 0)
  return new Set(lowerCase ? items.map((w) => w.toLowerCase()) : items)
}

/** Turns a written table into the sets the rules query. */
export function defineLanguage(table: LanguageTable): LanguageRules {
  const abbreviationLists = [
    table.titles,
    table.beforeNumber,
    table.abbreviations,
    table.enders,
    table.caseSensitive,
    table.clock
  ]
  const longest = Math.max(
    ...abbreviationLists.flatMap((list) => [...words(list, false)].map((w) => w.length))
  )
  const known = new Set(
    [table.titles, table.beforeNumber, table.abbreviations, table.enders, table.clock].flatMap((list) => [
      ...words(list, true)
    ])
  )
  return {
    known,
    titles: words(table.titles, true),
    beforeNumber: words(table.beforeNumber, true),
    abbreviations: words(table.abbreviations, true),
    enders: words(table.enders, true),
    caseSensitive: words(table.caseSensitive, false),
    openers: words(table.openers, true),
    places: words(table.places, true),
    placeFollowers: words(table.placeFollowers, true),
    nameJoiners: words(table.nameJoiners, true),
    clock: words(table.clock, true),
    clockFollowers: words(table.clockFollowers, true),
    zoneWords: words(table.zoneWords, true),
    timePrepositions: words(table.timePrepositions, true),
    speechVerbs: words(table.speechVerbs, true),
    months: words(table.months, true),
    longest,
    numberedSuffixes: [...words(table.numberedSuffixes, true)],
    ordinalDots: table.ordinalDots ?? false
  }
}
