// What the schema cannot see: a backup must hold together before a byte of it is written. Every
// sentence range fits its text, every reference points inside the backup, every text matches its
// fingerprint and every chain of the audit trail is unbroken. Each check is linear in the size of the backup.
import { verifyTrail } from '../history/trail'
import { sentenceId } from '../model'
import { invariantViolation } from '../segment/invariants'
import { sha256Hex } from '../text/sha256'
import { segmentsOf } from './columns'
import type { Backup, BackupArticle } from './format'

/** Collects problems, keeping the first few word for word and counting the rest. */
export class Problems {
  readonly shown: string[] = []
  count = 0
  constructor(readonly limit = 5) {}
  add(problem: string): void {
    if (this.shown.length < this.limit) this.shown.push(problem)
    this.count++
  }
  get any(): boolean {
    return this.count > 0
  }
  /** `a; b; c; and 4 more problems` */
  toString(): string {
    const more = this.count - this.shown.length
    return [...this.shown, ...(more > 0 ? [`and ${more} more problem${more === 1 ? '' : 's'}`] : [])].join(
      '; '
    )
  }
}

/** Every integrity problem of a backup that passed the schema, into `problems`. */
export function checkIntegrity(backup: Backup, problems: Problems): void {
  const articleOf = new Map<string, string>() // sentence id → article id
  // Articles whose sentence ids cannot be listed: already reported, so references into them are not.
  const broken = new Set<string>()
  const firstArticle = new Map<string, number>()
  const firstText = new Map<string, number>()
  backup.articles.forEach((article, i) => {
    const where = `articles[${i}]`
    const earlier = firstArticle.get(article.id)
    if (earlier !== undefined) {
      problems.add(`${where}.id: ${quote(article.id)} is used twice (also articles[${earlier}])`)
      return
    }
    firstArticle.set(article.id, i)
    if (sha256Hex(article.text) !== article.origin.sha256) {
      problems.add(
        `${where}.origin.sha256: does not match the text of “${article.title}” — the text was edited`
      )
    } else {
      const same = firstText.get(article.origin.sha256)
      if (same !== undefined) {
        problems.add(`${where}: has the same text as articles[${same}] — the article is in the backup twice`)
      }
      firstText.set(article.origin.sha256, i)
    }
    if (checkSentences(article, where, problems)) {
      for (const seq of article.sentences.seqs) articleOf.set(sentenceId(article.id, seq), article.id)
    } else {
      broken.add(article.id)
    }
  })

  const sourceIds = new Map<string, number>()
  backup.sources.forEach((source, i) => {
    const earlier = sourceIds.get(source.id)
    if (earlier !== undefined) {
      problems.add(`sources[${i}].id: ${quote(source.id)} is used twice (also sources[${earlier}])`)
    } else {
      sourceIds.set(source.id, i)
    }
  })
  const checkSource = (where: string, id: string | undefined) => {
    if (id !== undefined && !sourceIds.has(id))
      problems.add(`${where}: ${quote(id)} is not a source in the backup`)
  }
  const checkSentence = (where: string, id: string): string | undefined => {
    const articleId = articleOf.get(id)
    if (articleId === undefined && !broken.has(id.slice(0, id.lastIndexOf(':')))) {
      problems.add(`${where}: ${quote(id)} is not a sentence of an article in the backup`)
    }
    return articleId
  }
  const checkArticleId = (where: string, articleId: string, ofSentence: string | undefined, id: string) => {
    if (ofSentence !== undefined && ofSentence !== articleId) {
      problems.add(
        `${where}: ${quote(articleId)}, but sentence ${quote(id)} is in article ${quote(ofSentence)}`
      )
    }
  }

  const graded = new Map<string, number>()
  backup.assessments.forEach((assessment, i) => {
    const where = `assessments[${i}]`
    const earlier = graded.get(assessment.sentenceId)
    if (earlier !== undefined) {
      problems.add(
        `${where}.sentenceId: ${quote(assessment.sentenceId)} is graded twice (also assessments[${earlier}])`
      )
    } else graded.set(assessment.sentenceId, i)
    const ofSentence = checkSentence(`${where}.sentenceId`, assessment.sentenceId)
    checkArticleId(`${where}.articleId`, assessment.articleId, ofSentence, assessment.sentenceId)
    assessment.attributions.forEach((a, j) => checkSource(`${where}.attributions[${j}].sourceId`, a.sourceId))
  })

  const linkIds = new Map<string, number>()
  backup.links.forEach((link, i) => {
    const where = `links[${i}]`
    const earlier = linkIds.get(link.id)
    if (earlier !== undefined)
      problems.add(`${where}.id: ${quote(link.id)} is used twice (also links[${earlier}])`)
    else linkIds.set(link.id, i)
    const ofSentence = checkSentence(`${where}.fromSentenceId`, link.fromSentenceId)
    checkArticleId(`${where}.articleId`, link.articleId, ofSentence, link.fromSentenceId)
    if (link.target.kind === 'sentence') checkSentence(`${where}.target.sentenceId`, link.target.sentenceId)
    else checkSource(`${where}.target.sourceId`, link.target.sourceId)
  })

  const articleIds = new Set(firstArticle.keys())
  const caseIds = new Map<string, number>()
  backup.cases?.forEach((c, i) => {
    const where = `cases[${i}]`
    const earlier = caseIds.get(c.id)
    if (earlier !== undefined)
      problems.add(`${where}.id: ${quote(c.id)} is used twice (also cases[${earlier}])`)
    else caseIds.set(c.id, i)
    c.articleIds.forEach((articleId, j) => {
      if (!articleIds.has(articleId))
        problems.add(`${where}.articleIds[${j}]: ${quote(articleId)} is not an article in the backup`)
    })
  })

  const judgmentIds = new Map<string, number>()
  backup.judgments?.forEach((judgment, i) => {
    const where = `judgments[${i}]`
    const earlier = judgmentIds.get(judgment.id)
    if (earlier !== undefined)
      problems.add(`${where}.id: ${quote(judgment.id)} is used twice (also judgments[${earlier}])`)
    else judgmentIds.set(judgment.id, i)
    if (!caseIds.has(judgment.caseId))
      problems.add(`${where}.caseId: ${quote(judgment.caseId)} is not a case in the backup`)
    judgment.evidence.forEach((e, j) => {
      const at = `${where}.evidence[${j}].target`
      if (e.target.kind === 'sentence') checkSentence(`${at}.sentenceId`, e.target.sentenceId)
      else checkSource(`${at}.sourceId`, e.target.sourceId)
    })
  })

  if (backup.history) {
    const verdict = verifyTrail(backup.history)
    if (!verdict.ok) problems.add(`history[${verdict.brokenAt}]: ${verdict.message}`)
  }
}

/** Checks an article's sentence columns; true when its sentence ids can be trusted. */
function checkSentences(article: BackupArticle, where: string, problems: Problems): boolean {
  const { nextSeq, seqs, starts, ends, kinds } = article.sentences
  const at = `${where}.sentences`
  if (seqs.length !== starts.length || seqs.length !== ends.length || seqs.length !== kinds.length) {
    problems.add(
      `${at}: seqs, starts, ends and kinds must have one entry per sentence (they have ${seqs.length}, ${starts.length}, ${ends.length} and ${kinds.length})`
    )
    return false
  }
  let ok = true
  const seen = new Map<number, number>()
  seqs.forEach((seq, i) => {
    if (seq >= nextSeq) {
      problems.add(`${at}.seqs[${i}]: ${seq} is not below nextSeq (${nextSeq})`)
      ok = false
    }
    const earlier = seen.get(seq)
    if (earlier !== undefined) {
      problems.add(`${at}.seqs[${i}]: ${seq} is used twice (also seqs[${earlier}])`)
      ok = false
    }
    seen.set(seq, i)
  })
  // Ranges that do not fit the text are reported, but the sentence ids still stand.
  const violation = invariantViolation(article.text, segmentsOf(article.sentences))
  if (violation) {
    const range = /^segment (\d+): (.*)$/.exec(violation)
    problems.add(
      range
        ? `${at}: range ${range[1]} (starts[${range[1]}]–ends[${range[1]}]) does not fit the text: ${range[2]}`
        : `${at}: the ranges do not fit the text: ${violation}`
    )
  }
  return ok
}

/** An id as the message shows it: quoted, and cut short if someone put a novel in it. */
function quote(id: string): string {
  return JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id)
}
