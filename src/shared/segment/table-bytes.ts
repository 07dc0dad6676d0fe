// A sentence table's bytes as the audit trail hashes them (table-digest.ts takes their SHA-256),
// and the digests already taken where a table was made. No hashing here: the page needs these at
// once (an import records its table's digest), the hash itself only when it writes the history.

/** A sentence table as a caller may hold it: typed arrays from the database, or plain numbers. */
export interface TableColumns {
  articleId: string
  nextSeq: number
  seqs: ArrayLike<number>
  starts: ArrayLike<number>
  ends: ArrayLike<number>
  kinds: ArrayLike<number>
}

/** The fields of a table the bytes hold; any other field of a row is not part of the table. */
export const TABLE_FIELDS = ['articleId', 'nextSeq', 'seqs', 'starts', 'ends', 'kinds'] as const

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1

/**
 * The bytes the hash is taken of: the UTF-8 of `["<articleId>",<nextSeq>,<rows>]` and a newline,
 * then the columns seqs, starts and ends (unsigned 32-bit, little-endian) and kinds (one byte
 * each). Throws when a value does not fit its column, so no two tables share their bytes: a
 * typed array already holds only what fits; plain numbers (a backup's trail) are checked.
 */
export function tableBytes(table: TableColumns): Uint8Array {
  const n = table.seqs.length
  const { articleId, nextSeq } = table
  if (typeof articleId !== 'string') throw new TypeError('Sentence table: articleId is not a string')
  if (!Number.isSafeInteger(nextSeq) || nextSeq < 0) {
    throw new RangeError(`Sentence table ${articleId}: nextSeq ${String(nextSeq)} is not a count`)
  }
  const header = new TextEncoder().encode(`${JSON.stringify([articleId, nextSeq, n])}\n`)
  const out = new Uint8Array(header.length + 13 * n)
  out.set(header)
  let at = header.length
  for (const name of ['seqs', 'starts', 'ends'] as const) {
    out.set(columnBytes(table, name, 4, n), at)
    at += 4 * n
  }
  out.set(columnBytes(table, 'kinds', 1, n), at)
  return out
}

function columnBytes(table: TableColumns, name: keyof TableColumns, width: 1 | 4, n: number): Uint8Array {
  const column = table[name] as ArrayLike<number>
  if (column.length !== n) {
    throw new RangeError(`Sentence table ${table.articleId}: ${name} has ${column.length} rows, seqs ${n}`)
  }
  const typed = width === 4 ? column instanceof Uint32Array : column instanceof Uint8Array
  if (typed && (width === 1 || LITTLE_ENDIAN)) {
    const view = column as Uint32Array | Uint8Array
    return new Uint8Array(view.buffer, view.byteOffset, view.byteLength)
  }
  const max = width === 4 ? 0xffff_ffff : 0xff
  const bytes = new Uint8Array(width * n)
  const data = new DataView(bytes.buffer)
  for (let i = 0; i < n; i++) {
    const value = column[i]
    if (!Number.isInteger(value) || value < 0 || value > max) {
      throw new RangeError(`Sentence table ${table.articleId}: ${name}[${i}] is ${String(value)}`)
    }
    if (width === 4) data.setUint32(4 * i, value, true)
    else bytes[i] = value
  }
  return bytes
}

/**
 * Digests computed elsewhere (the worker, which built and hashed the table), by the table object
 * that arrived with them. Kept with the columns they were computed over: a table given new
 * columns (a split makes new arrays) is hashed again. Columns are never changed in place.
 */
const digests = new WeakMap<object, { columns: unknown[]; nextSeq: number; articleId: string; hex: string }>()

const columnsOf = (t: TableColumns) => [t.seqs, t.starts, t.ends, t.kinds]

/** Records that `hex` is `table`'s digest, computed by `digestTableHex` where the table was made. */
export function rememberTableDigest(table: TableColumns, hex: string): void {
  digests.set(table, { columns: columnsOf(table), nextSeq: table.nextSeq, articleId: table.articleId, hex })
}

/** The digest recorded for `table` by `rememberTableDigest`, if its columns are still those. */
export function rememberedTableDigest(table: TableColumns): string | undefined {
  const known = typeof table === 'object' && table !== null ? digests.get(table) : undefined
  if (!known || known.nextSeq !== table.nextSeq || known.articleId !== table.articleId) return undefined
  const columns = columnsOf(table)
  return known.columns.every((c, i) => c === columns[i]) ? known.hex : undefined
}
