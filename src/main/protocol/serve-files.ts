// Answers requests on the app scheme from the built renderer folder. Electron-free (it takes a
// fetch Request and returns a Response), so what a page receives is tested with real files.
import { readFile, stat } from 'node:fs/promises'
import { appSecurityHeaders } from '../security/csp'
import { realPathInside } from './real-path'
import { resolveAppRequest } from './resolve-request'

export interface AppFileServerOptions {
  /** The built renderer folder, out/renderer. */
  root: string
  /** The app's Content-Security-Policy, sent with every response. */
  csp: string
}

export type AppRequestHandler = (request: Request) => Promise<Response>

/**
 * Headers for a file the app serves. The CSP goes with every response, not only index.html:
 * a worker script takes its policy from its own response, and an SVG opened as a document would too.
 */
export function appResponseHeaders(contentType: string, csp: string): Record<string, string> {
  return { 'Content-Type': contentType, ...appSecurityHeaders(csp) }
}

export function createAppRequestHandler({ root, csp }: AppFileServerOptions): AppRequestHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return refusal(405, 'only GET and HEAD are served', { Allow: 'GET, HEAD' })
    }
    const target = resolveAppRequest(request.url, root)
    if (!target.ok) return refusal(target.status, target.reason)
    let body: Uint8Array
    try {
      // The name is inside the folder; the file it leads to must be too, links followed.
      const real = await realPathInside(root, target.filePath)
      if (real === null) return refusal(403, 'outside the app folder')
      if (!(await stat(real)).isFile()) return refusal(404, 'not a file')
      body = new Uint8Array(await readFile(real))
    } catch (error) {
      if (isMissing(error)) return refusal(404, 'no such file')
      console.error(`Could not read ${target.filePath} for ${request.url}:`, error)
      return refusal(500, 'the file could not be read')
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: appResponseHeaders(target.contentType, csp)
    })
  }
}

function refusal(status: number, reason: string, extra: Record<string, string> = {}): Response {
  return new Response(`${status}: ${reason}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...extra }
  })
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code
  // ELOOP: a link that leads back to itself ends nowhere.
  return (
    code === 'ENOENT' ||
    code === 'ENOTDIR' ||
    code === 'EISDIR' ||
    code === 'ENAMETOOLONG' ||
    code === 'ELOOP'
  )
}
