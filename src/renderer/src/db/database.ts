// The analyst's library: one Dexie database in the renderer, the same in both shells.
import Dexie, { type EntityTable, type Transaction } from 'dexie'
import { UndoStack } from './undo'
import { articleCountsMiddleware, type ArticleCounts } from './article-counts'
import { storedVersion } from './stored-version'
import type {
  Article,
  Assessment,
  Case,
  HistoryEntry,
  Judgment,
  Link,
  SentenceTable,
  Source
} from '@shared/model'

/** An article's sentences, stored stand-off: one row per article (see SentenceTable). */
export type { SentenceTable } from '@shared/model'

/** An article as the library lists it: everything but the text, which has a table of its own. */
export type ArticleRecord = Omit<Article, 'text'>

/** The article's text, read only when the article is opened, never when the library is listed. */
export interface ArticleText {
  articleId: string
  text: string
}

/** Small key/value facts about the library itself (e.g. that the sample was imported once). */
export interface Setting {
  key: string
  value: unknown
}

/**
 * The tables and indexes as version 1 declared them: a fact of stored libraries, never edited.
 * Tests that write a library in an earlier shape declare it with this.
 */
export const VERSION_1_STORES = {
  articles: 'id, importedAt, origin.sha256',
  texts: 'articleId',
  sentences: 'articleId',
  sources: 'id, name',
  assessments: 'sentenceId, articleId',
  links: 'id, articleId, fromSentenceId, target.sentenceId',
  history: '++id, at, [entity+entityId], action',
  settings: 'key'
} as const

/** The tables and their indexes of versions 1 to 4. */
const STORES = VERSION_1_STORES

/** Version 5 adds cases (found by any of their articles) and their key judgments. */
const VERSION_5_STORES = {
  ...VERSION_1_STORES,
  cases: 'id, name, *articleIds',
  judgments: 'id, caseId'
} as const

/** Version 6 adds each article's sentence and graded counts, kept as the rows change. */
const VERSION_6_STORES = {
  ...VERSION_5_STORES,
  articleCounts: 'articleId'
} as const

type Upgrades = typeof import('./migrations/upgrades')

/** The upgrade code, once a library older than its database's versions was about to be opened. */
let upgrades: Upgrades | undefined

/**
 * An upgrade step that runs code of migrations/upgrades.ts. The step runs inside Dexie's upgrade
 * transaction, which must not wait for a module to load, so the module is loaded before the
 * database is opened (`loadUpgradesBeforeOpening`).
 */
function step(
  run: (loaded: Upgrades, tx: Transaction) => Promise<void> | void
): (tx: Transaction) => Promise<void> | void {
  return (tx) => {
    if (!upgrades)
      throw new Error('The code that brings an older library up to date was not loaded before opening it')
    return run(upgrades, tx)
  }
}

const checked = new WeakSet<Dexie>()

/**
 * Loads the upgrade code when the library named `db.name` is stored at a version older than the
 * last one `db` declares (IndexedDB stores Dexie's version n as 10·n), before Dexie opens it.
 * `stored` is that IndexedDB version when the caller has just read it; else it is read here.
 */
export async function loadUpgradesBeforeOpening(db: Dexie, stored?: number): Promise<void> {
  if (upgrades || checked.has(db)) return
  const version = stored ?? (await storedVersion(db.name))
  if (version > 0 && Math.floor(version / 10) < db.verno) upgrades = await import('./migrations/upgrades')
  checked.add(db)
}

/**
 * Makes `db.open()`, and the opening Dexie starts at a first query, load the upgrade code first
 * when the stored library needs it. Every query waits for the opening (Dexie's `_whenReady`).
 */
function openWithUpgrades(db: Dexie): void {
  const open = db.open.bind(db)
  db.open = () => Dexie.Promise.resolve(loadUpgradesBeforeOpening(db)).then(() => open())
}

/**
 * Versions 1 to 4 as they were declared: a fact of stored libraries, never edited. Tests that
 * write a library as version 4 left it declare a database with this.
 */
export function declareVersionsOneToFour(db: Dexie): void {
  // Version 1 was declared by two layouts (see migrations/v2-text-table.ts); version 2 brings
  // either to the one below. A change to what is stored is a new version with an upgrade().
  db.version(1).stores(STORES)
  openWithUpgrades(db)
  db.version(2)
    .stores(STORES)
    .upgrade(step((loaded, tx) => loaded.upgradeToVersion2(tx)))
  // History entries gain `chain` and `stateHash`. Entries written before have neither and are
  // left exactly as they are: they form the library's own chain and still verify. Records that
  // differ from their last entry are recorded as they stand (see history-seal.ts).
  db.version(3)
    .stores(STORES)
    .upgrade(step((loaded, tx) => loaded.sealTrail('upgrade-3', 3)(tx)))
  // Version 4: `Source.reliability` may be null, "not graded yet", which is what new sources get.
  // Existing rows stay as they are: a letter already stored is a grade (or the old default F,
  // which cannot be told apart from an F the analyst chose), and erasing it would lose grades.
  db.version(4)
    .stores(STORES)
    .upgrade(() => undefined)
}

/**
 * Versions 1 to 5 as they were declared: a fact of stored libraries, never edited. Tests that
 * write a library as version 5 left it declare a database with this.
 */
export function declareVersionsOneToFive(db: Dexie): void {
  declareVersionsOneToFour(db)
  // Version 5: cases and key judgments written in the analyst's own words. Sentences marked as
  // key judgments become judgments to reword, in a case per article (migrations/v5-judgments.ts).
  db.version(5)
    .stores(VERSION_5_STORES)
    .upgrade(step((loaded, tx) => loaded.upgradeToVersion5(tx)))
}

export class SourcemarkDatabase extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>
  texts!: EntityTable<ArticleText, 'articleId'>
  sentences!: EntityTable<SentenceTable, 'articleId'>
  sources!: EntityTable<Source, 'id'>
  assessments!: EntityTable<Assessment, 'sentenceId'>
  links!: EntityTable<Link, 'id'>
  cases!: EntityTable<Case, 'id'>
  judgments!: EntityTable<Judgment, 'id'>
  /** Derived from `sentences` and `assessments` by the middleware in article-counts.ts. */
  articleCounts!: EntityTable<ArticleCounts, 'articleId'>
  history!: EntityTable<HistoryEntry, 'id'>
  settings!: EntityTable<Setting, 'key'>
  /** This session's undo and redo stacks (not stored). */
  readonly undo = new UndoStack()

  constructor(name = 'sourcemark') {
    super(name)
    declareVersionsOneToFive(this)
    // Version 6: the library lists each article's counts from a small row kept as its sentences
    // and grades change, instead of reading them all (migrations/v6-article-counts.ts).
    this.version(6)
      .stores(VERSION_6_STORES)
      .upgrade(step((loaded, tx) => loaded.upgradeToVersion6(tx)))
    // Version 7: new history entries of a sentence table hash its raw bytes and say so
    // (`tableHashing`); entries already stored keep their canonical-JSON hashes and are checked
    // that way, so nothing is rewritten. The version stops an older Sourcemark, which knows only
    // the old hash, from opening the library and reporting its new entries as tampered with.
    this.version(7)
      .stores(VERSION_6_STORES)
      .upgrade(() => undefined)
    this.use(articleCountsMiddleware)
  }
}
