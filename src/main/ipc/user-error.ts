/** An error whose message is meant for the analyst as is (a file too large, a refused URL). */
export class IpcUserError extends Error {
  override name = 'IpcUserError'
}
