// `npx tsx scripts/check-web-annotations.ts DIR`: holds every annotation of a realistic Web
// Annotation export to the W3C's own "MUST" assertions (annotations/annotationMusts.test of
// w3c/web-annotation-tests), and its collection and page to collectionMusts.test and
// pageMusts.test, read from a checkout of that repository: its schemas are used where they are,
// never copied into this project. Prints one line per assertion; exits 1 on any failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import Ajv from 'ajv'
import { realisticBrief, realisticOptions } from '../src/shared/exports/web-annotation.fixture'
import { webAnnotations } from '../src/shared/exports/web-annotation'
import { annotationDocuments } from '../src/shared/exports/web-annotation-musts'
import { normaliseText } from '../src/shared/text'

const USAGE =
  'usage: npx tsx scripts/check-web-annotations.ts DIR   (a checkout of w3c/web-annotation-tests, or its annotations folder)'
const MUSTS = join('annotations', 'annotationMusts.test')

type Schema = Record<string, unknown>
type Document = Record<string, unknown>

export interface AssertionOutcome {
  /** The assertion's file name without `.json`, e.g. `3.2-bodyObjectsRecognized`. */
  id: string
  /** What the assertion requires, in the W3C's words. */
  title: string
  /** One line per annotation that fails it: its id and the validator's reasons. */
  failures: string[]
}

export interface CliResult {
  stdout: string
  stderr: string
  code: number
}

/** The checkout's root: DIR itself, or the parent of its `annotations` folder. */
export function testsRoot(dir: string): string | undefined {
  const candidates = [resolve(dir), dirname(resolve(dir))]
  return candidates.find((root) => existsSync(join(root, MUSTS)))
}

const readJson = (file: string): Schema => JSON.parse(readFileSync(file, 'utf8')) as Schema

/**
 * The schemas write conditions beside a `$ref` (a Specific Resource is an object with a `source`
 * *and* a selector, purpose, state…, written as `$ref` to the source rule with `anyOf` beside it).
 * Draft-04 validators ignore such siblings and Ajv 6 drops them when it follows a pointer to a
 * definition, so a body with a source alone would pass as a Specific Resource. Each such `$ref` is
 * moved into an `allOf` beside its siblings, in memory, so that every condition the W3C wrote
 * applies.
 */
export function applyRefSiblings(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(applyRefSiblings)
  if (!value || typeof value !== 'object') return value
  const entries = Object.entries(value).map(([k, v]) => [k, applyRefSiblings(v)] as const)
  const schema: Schema = Object.fromEntries(entries)
  const { $ref, ...rest } = schema
  const KEEP = new Set(['id', '$schema', 'title', 'description', 'definitions'])
  if (typeof $ref !== 'string' || Object.keys(rest).every((k) => KEEP.has(k))) return schema
  const allOf = Array.isArray(rest.allOf) ? rest.allOf : []
  return { ...rest, allOf: [{ $ref }, ...allOf] }
}

/**
 * A validator set up as the W3C's own test runner sets it up (draft-04 ids, every error, the
 * schemas not themselves validated), but stricter: formats are checked in full (RFC 3339 dates,
 * RFC 3986 IRIs), and no keyword beside a `$ref` is left out (`extendRefs: 'fail'` would throw on one).
 */
function validatorFor(root: string): Ajv.Ajv {
  const ajv = new Ajv({
    allErrors: true,
    schemaId: 'id',
    validateSchema: false,
    format: 'full',
    extendRefs: 'fail',
    logger: false
  })
  ajv.addMetaSchema(createRequire(import.meta.url)('ajv/lib/refs/json-schema-draft-04.json') as object)
  const definitions = join(root, 'definitions')
  for (const file of readdirSync(definitions)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    ajv.addSchema(applyRefSiblings(readJson(join(definitions, file))) as object)
  }
  return ajv
}

export interface Assertion {
  id: string
  title: string
  /** True when the document meets the assertion (as the assertion expects: valid, or invalid). */
  holds(document: Document): { holds: boolean; reasons: string[] }
}

/** The assertions of a `.test` file of the suite (`annotationMusts.test` unless named), in its order, compiled once. */
export function loadMusts(root: string, suite: string = MUSTS): Assertion[] {
  const file = join(root, suite)
  const test = readJson(file) as { assertions?: unknown }
  if (!Array.isArray(test.assertions) || test.assertions.length === 0) {
    throw new Error(`${file} lists no assertions`)
  }
  const ajv = validatorFor(root)
  return test.assertions.map((path): Assertion => {
    if (typeof path !== 'string') throw new Error(`${file}: an assertion is not a file name`)
    // Two assertion files declare the same id; without it each compiles on its own. Their
    // references name definition files relative to the folder, which an empty base keeps.
    const { id: _id, ...schema } = applyRefSiblings(readJson(join(root, path))) as Schema
    const validate = ajv.compile(schema)
    const expected = schema.expectedResult !== 'invalid'
    return {
      id: basename(path, '.json'),
      title: String(schema.title ?? ''),
      holds(document) {
        const valid = validate(document) === true
        const reasons = validate.errors?.map((e) => `${e.dataPath || '(annotation)'} ${e.message}`) ?? []
        return { holds: valid === expected, reasons: [...new Set(reasons)] }
      }
    }
  })
}

/** Validates each document against each assertion (of `annotationMusts.test`, given a checkout). */
export function checkMusts(
  root: string | readonly Assertion[],
  documents: readonly Document[]
): AssertionOutcome[] {
  const assertions = typeof root === 'string' ? loadMusts(root) : root
  return assertions.map(({ id, title, holds }) => ({
    id,
    title,
    failures: documents.flatMap((document) => {
      const result = holds(document)
      if (result.holds) return []
      return [`${String(document.id)}: ${result.reasons.join('; ') || 'expected to be invalid'}`]
    })
  }))
}

/** What the realistic export gives one `.test` file of the suite to check. */
export interface Run {
  /** The `.test` file, relative to the checkout. */
  suite: string
  /** What each document is, for the report: `annotation`, `collection`, `page`. */
  noun: string
  documents: Document[]
}

/**
 * The realistic export as the suite's three MUST files read it: each annotation on its own, the
 * collection, and its page — the last two with the collection's `@context`, as they sit in the file.
 */
export function realisticRuns(): Run[] {
  const sample = readFileSync(new URL('../resources/samples/dprk-kursk.txt', import.meta.url), 'utf8')
  const collection = webAnnotations(realisticBrief(normaliseText(sample)), realisticOptions)
  const page = collection.first ? [{ '@context': collection['@context'], ...collection.first }] : []
  return [
    { suite: MUSTS, noun: 'annotation', documents: annotationDocuments(collection) },
    {
      suite: join('collections', 'collectionMusts.test'),
      noun: 'collection',
      documents: [{ ...collection }]
    },
    { suite: join('collections', 'pages', 'pageMusts.test'), noun: 'page', documents: page }
  ]
}

/** Every annotation of the realistic export, each as a document of its own. */
export function realisticDocuments(): Document[] {
  return realisticRuns()[0].documents
}

const counted = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`

/**
 * For each suite, a heading, then one line per assertion: `pass` or `FAIL`, its id, and for a
 * failure every document that fails it with the validator's reasons. A suite the checkout lacks
 * is reported as skipped; the annotations' suite is always there, or the check would not start.
 */
export function report(results: readonly { run: Run; outcomes?: readonly AssertionOutcome[] }[]): string {
  const lines: string[] = []
  let total = 0
  let failed = 0
  for (const { run, outcomes } of results) {
    const count = run.documents.length
    if (!outcomes) {
      lines.push(`skip  ${run.suite}: not in this checkout`)
      continue
    }
    lines.push(`${run.suite}: ${counted(count, run.noun)}`)
    for (const { id, failures } of outcomes) {
      total++
      if (failures.length > 0) failed++
      lines.push(
        failures.length === 0
          ? `pass  ${id}`
          : `FAIL  ${id}  (${failures.length} of ${counted(count, run.noun)})  ${failures.join('  |  ')}`
      )
    }
  }
  lines.push(
    failed === 0 ? `All ${total} MUST assertions pass.` : `${failed} of ${total} MUST assertions fail.`
  )
  return lines.map((line) => `${line}\n`).join('')
}

export function runCheck(args: readonly string[]): CliResult {
  if (args.length !== 1) return { stdout: '', stderr: `${USAGE}\n`, code: 2 }
  const root = testsRoot(args[0])
  if (!root) {
    return {
      stdout: '',
      stderr: `check-web-annotations: no ${MUSTS} in ${args[0]} or above it\n${USAGE}\n`,
      code: 2
    }
  }
  let results: { run: Run; outcomes?: AssertionOutcome[] }[]
  try {
    results = realisticRuns().map((run) => ({
      run,
      outcomes: existsSync(join(root, run.suite))
        ? checkMusts(loadMusts(root, run.suite), run.documents)
        : undefined
    }))
  } catch (error) {
    // A checkout the check cannot read (a file missing or not JSON) is not a failed assertion.
    const reason = error instanceof Error ? error.message : String(error)
    return {
      stdout: '',
      stderr: `check-web-annotations: cannot read the suite in ${root}: ${reason}\n`,
      code: 2
    }
  }
  const failed = results.some(({ outcomes }) => outcomes?.some((o) => o.failures.length > 0))
  return { stdout: report(results), stderr: '', code: failed ? 1 : 0 }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = runCheck(process.argv.slice(2))
  process.stdout.write(result.stdout)
  process.stderr.write(result.stderr)
  process.exitCode = result.code
}
