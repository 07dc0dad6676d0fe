// The title a Word file keeps in its properties (docProps/core.xml, `dc:title`), which mammoth does
// not read: the one zip entry is found through the archive's central directory and inflated with
// the browser's own DecompressionStream.

const CENTRAL_HEADER = 0x02014b50
const END_OF_DIRECTORY = 0x06054b50

async function entry(bytes: Uint8Array, name: string): Promise<Uint8Array | undefined> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_557); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at
      break
    }
  }
  if (end < 0) return undefined
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const decoder = new TextDecoder()
  for (let i = 0; i < count && at + 46 <= bytes.length; i++) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) return undefined
    const method = view.getUint16(at + 10, true)
    const size = view.getUint32(at + 20, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const local = view.getUint32(at + 42, true)
    if (decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)) === name) {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
      const data = bytes.subarray(start, start + size)
      if (method === 0) return data
      if (method !== 8) return undefined
      const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw'))
      return new Uint8Array(await new Response(stream).arrayBuffer())
    }
    at += 46 + nameLength + extraLength + commentLength
  }
  return undefined
}

/** The document's title from its properties, or undefined when it has none (or they cannot be read). */
export async function docxCoreTitle(bytes: Uint8Array): Promise<string | undefined> {
  try {
    const xml = await entry(bytes, 'docProps/core.xml')
    if (!xml) return undefined
    const raw = new TextDecoder().decode(xml).match(/<dc:title>([\s\S]*?)<\/dc:title>/)?.[1]
    const title = raw
      ?.replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim()
    return title || undefined
  } catch {
    return undefined
  }
}
