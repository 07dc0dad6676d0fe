// An upgrade that meets a row it does not understand stops here, naming the table, the row and
// the reason. Thrown inside Dexie's upgrade transaction, it aborts it: nothing is written.

export class MigrationError extends Error {
  constructor(
    readonly table: string,
    readonly key: unknown,
    readonly reason: string
  ) {
    super(`Library table “${table}”, row ${JSON.stringify(key) ?? String(key)}: ${reason}.`)
    this.name = 'MigrationError'
  }
}
