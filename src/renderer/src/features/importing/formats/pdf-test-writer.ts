// Test helper: writes small, real PDF files (PDF 1.4: Helvetica text placed line by line, an
// image, an Info title, the standard security handler's 40-bit RC4 encryption), so the PDF tests
// build every file they read and each file's layout is visible in the test beside its checks.

export interface PdfLine {
  text: string
  x: number
  y: number
  size?: number
}

export interface PdfSpec {
  pages: PdfLine[][]
  /** The document's Info title. */
  title?: string
  /** The document's XMP metadata title (`dc:title`). */
  xmpTitle?: string
  /** Pages that hold only an image (a scan) instead of text. */
  imageOnly?: boolean
  /** Encrypted: a password to open it (`user`, '' for none) and one for its permissions (`owner`). */
  encrypt?: { user: string; owner: string }
}

const PAD = [
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e,
  0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a
]

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff)
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Array.from({ length: 256 }, (_, i) => i)
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255
    ;[s[i], s[j]] = [s[j]!, s[i]!]
  }
  const out = new Uint8Array(data.length)
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255
    j = (j + s[i]!) & 255
    ;[s[i], s[j]] = [s[j]!, s[i]!]
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!
  }
  return out
}

/** MD5 (RFC 1321): the standard security handler's hash; WebCrypto has none. */
export function md5(message: Uint8Array): Uint8Array {
  const shifts = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21]
  const k = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0)
  const length = ((message.length + 8) >> 6) * 64 + 64
  const padded = new Uint8Array(length)
  padded.set(message)
  padded[message.length] = 0x80
  const view = new DataView(padded.buffer)
  view.setUint32(length - 8, (message.length * 8) >>> 0, true)
  view.setUint32(length - 4, Math.floor((message.length * 8) / 2 ** 32), true)
  let [a0, b0, c0, d0] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]
  for (let block = 0; block < length; block += 64) {
    let [a, b, c, d] = [a0, b0, c0, d0]
    for (let i = 0; i < 64; i++) {
      const round = i >> 4
      const f = [(b & c) | (~b & d), (d & b) | (~d & c), b ^ c ^ d, c ^ (b | ~d)][round]!
      const g = [i, (5 * i + 1) % 16, (3 * i + 5) % 16, (7 * i) % 16][round]!
      const sum = (a + f + k[i]! + view.getUint32(block + g * 4, true)) >>> 0
      const s = shifts[round * 4 + (i % 4)]!
      ;[a, d, c] = [d, c, b]
      b = (b + ((sum << s) | (sum >>> (32 - s)))) >>> 0
    }
    a0 = (a0 + a) >>> 0
    b0 = (b0 + b) >>> 0
    c0 = (c0 + c) >>> 0
    d0 = (d0 + d) >>> 0
  }
  const out = new DataView(new ArrayBuffer(16))
  ;[a0, b0, c0, d0].forEach((word, i) => out.setUint32(i * 4, word, true))
  return new Uint8Array(out.buffer)
}

const padPassword = (password: string) => concat(latin1(password), Uint8Array.from(PAD)).subarray(0, 32)

const escapeText = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`)

export function writePdf(spec: PdfSpec): Uint8Array {
  const fileId = md5(latin1(JSON.stringify(spec)))
  const permissions = -44 // print and copy allowed; anything but the owner's rights withheld
  let fileKey: Uint8Array | undefined
  let encryptDict = ''
  if (spec.encrypt) {
    const ownerKey = md5(padPassword(spec.encrypt.owner || spec.encrypt.user)).subarray(0, 5)
    const o = rc4(ownerKey, padPassword(spec.encrypt.user))
    const p = new Uint8Array(4)
    new DataView(p.buffer).setInt32(0, permissions, true)
    fileKey = md5(concat(padPassword(spec.encrypt.user), o, p, fileId)).subarray(0, 5)
    const u = rc4(fileKey, Uint8Array.from(PAD))
    encryptDict = `<< /Filter /Standard /V 1 /R 2 /O <${hex(o)}> /U <${hex(u)}> /P ${permissions} >>`
  }
  const objectKey = (num: number) =>
    md5(concat(fileKey!, Uint8Array.of(num & 255, (num >> 8) & 255, num >> 16, 0, 0))).subarray(0, 10)
  const secret = (num: number, bytes: Uint8Array) => (fileKey ? rc4(objectKey(num), bytes) : bytes)

  const objects: Uint8Array[] = []
  const add = (make: (num: number) => Uint8Array) => {
    objects.push(new Uint8Array())
    const num = objects.length
    objects[num - 1] = make(num)
    return num
  }
  const plain = (body: string) => () => latin1(body)
  const stream = (dict: string, content: Uint8Array) => (num: number) => {
    const data = secret(num, content)
    return concat(latin1(`<< ${dict} /Length ${data.length} >>\nstream\n`), data, latin1('\nendstream'))
  }

  const font = add(plain('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'))
  const image = spec.imageOnly
    ? add(
        stream(
          '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8',
          Uint8Array.of(0, 255, 255, 0)
        )
      )
    : 0
  const pagesNum = spec.pages.length * 2 + objects.length + 1
  const kids: number[] = []
  for (const lines of spec.pages) {
    const content = spec.imageOnly
      ? 'q 500 0 0 700 50 50 cm /Im1 Do Q'
      : lines
          .map(
            ({ text, x, y, size = 11 }) =>
              `BT /F1 ${size} Tf 1 0 0 1 ${x} ${y} Tm (${escapeText(text)}) Tj ET`
          )
          .join('\n')
    const contents = add(stream('', latin1(content)))
    const resources = spec.imageOnly ? `/XObject << /Im1 ${image} 0 R >>` : `/Font << /F1 ${font} 0 R >>`
    kids.push(
      add(
        plain(
          `<< /Type /Page /Parent ${pagesNum} 0 R /MediaBox [0 0 612 792] /Resources << ${resources} >> /Contents ${contents} 0 R >>`
        )
      )
    )
  }
  add(plain(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`))
  const xmp = spec.xmpTitle
    ? add(
        stream(
          '/Type /Metadata /Subtype /XML',
          new TextEncoder().encode(
            `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">${spec.xmpTitle}</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`
          )
        )
      )
    : 0
  const catalog = add(
    plain(`<< /Type /Catalog /Pages ${pagesNum} 0 R${xmp ? ` /Metadata ${xmp} 0 R` : ''} >>`)
  )
  const info = spec.title
    ? add((num) => latin1(`<< /Title <${hex(secret(num, latin1(spec.title!)))}> >>`))
    : 0
  const encrypt = encryptDict ? add(plain(encryptDict)) : 0

  const parts: Uint8Array[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')]
  const offsets: number[] = []
  let at = parts[0]!.length
  objects.forEach((body, i) => {
    const object = concat(latin1(`${i + 1} 0 obj\n`), body, latin1('\nendobj\n'))
    offsets.push(at)
    parts.push(object)
    at += object.length
  })
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)
  ].join('')
  const trailer =
    `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R` +
    (info ? ` /Info ${info} 0 R` : '') +
    (encrypt ? ` /Encrypt ${encrypt} 0 R` : '') +
    ` /ID [<${hex(fileId)}> <${hex(fileId)}>] >>\nstartxref\n${at}\n%%EOF\n`
  parts.push(latin1(xref + trailer))
  return concat(...parts)
}
