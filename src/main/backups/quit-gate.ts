// The last automatic backup as the window closes: the first close is held back, the renderer is
// asked for a backup, and the window closes once it is written — or after a bounded wait, so a
// renderer that hangs never keeps the app from quitting.
export const QUIT_BACKUP_WAIT_MS = 10_000

export interface QuitGateHost {
  /** Asks the renderer for its last backup. */
  requestBackup(): void
  /** Closes the window for good. */
  close(): void
  setTimer(callback: () => void, ms: number): unknown
  clearTimer(handle: unknown): void
}

export class QuitBackupGate {
  private state: 'open' | 'waiting' | 'done' = 'open'
  private timer: unknown

  constructor(
    private readonly host: QuitGateHost,
    private readonly waitMs = QUIT_BACKUP_WAIT_MS
  ) {}

  /** Called on the window's `close`; true when the close must be prevented for now. */
  holdClose(): boolean {
    if (this.state === 'done') return false
    if (this.state === 'open') {
      this.state = 'waiting'
      this.timer = this.host.setTimer(() => this.release(), this.waitMs)
      this.host.requestBackup()
    }
    return true
  }

  /** Called when the quit backup was written (or failed): the window may close now. */
  backupFinished(): void {
    if (this.state === 'waiting') this.release()
  }

  private release(): void {
    if (this.state !== 'waiting') return
    this.state = 'done'
    this.host.clearTimer(this.timer)
    this.host.close()
  }
}
