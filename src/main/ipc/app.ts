// app:* — hand a link to the system browser, only when it is a plain http(s) URL.
import { trustedExternalUrl } from '../security/trusted-url'
import type { IpcHandlers } from './dispatch'
import { IpcUserError } from './user-error'

export interface AppHost {
  openExternal(url: string): Promise<void>
}

export function createAppHandlers<C>(host: AppHost): Pick<IpcHandlers<C>, 'app:open-external'> {
  return {
    'app:open-external': async ({ url }) => {
      const trusted = trustedExternalUrl(url)
      if (trusted === null) {
        throw new IpcUserError(
          `Refused to open ${quote(url)}: only plain http and https links open in the browser`
        )
      }
      await host.openExternal(trusted)
      return null
    }
  }
}

function quote(url: string): string {
  return JSON.stringify(url.length > 80 ? `${url.slice(0, 80)}…` : url)
}
