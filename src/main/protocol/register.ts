// Wires the app scheme into Electron. Thin: the mapping from URL to file and the responses live
// in resolve-request.ts and serve-files.ts.
import { protocol, type Session } from 'electron'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './app-scheme'
import { createAppRequestHandler, type AppFileServerOptions } from './serve-files'

/** Must run before the app is ready, and only once. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
}

/**
 * Serves the built renderer on app://sourcemark/ in `session` only. Handlers belong to a session:
 * any other (the print window's) has none, so app: URLs fail to load there.
 */
export function serveAppScheme(session: Session, options: AppFileServerOptions): void {
  session.protocol.handle(APP_SCHEME, createAppRequestHandler(options))
}
