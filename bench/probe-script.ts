// The bench's probes (./app-page.ts, ./app-worker.ts, ./app-import-page.ts) bundled as the pages
// and workers run them; the bench's shell and the e2e check of the probe use the same bundle.
import { pageScript } from './page-script'

/** A probe bundled as a classic script: the page's runs before the app's module. */
export function probeScript(file = 'app-page.ts'): Promise<string> {
  return pageScript(file)
}
