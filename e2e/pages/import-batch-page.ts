// The import dialog's review of several files: its rows, what each would become, and the summary.
import { expect, type Locator, type Page } from '@playwright/test'

export class ImportBatchPage {
  readonly dialog: Locator
  readonly summary: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import article' })
    this.summary = this.dialog.getByRole('region', { name: 'Import summary' })
  }

  row(fileName: string): Locator {
    return this.dialog.getByRole('listitem', { name: fileName, exact: true })
  }

  outcome(fileName: string): Locator {
    return this.row(fileName).getByTestId('row-outcome')
  }

  title(fileName: string): Locator {
    return this.dialog.getByLabel(`Title of “${fileName}”`)
  }

  importButton(count: number): Locator {
    return this.dialog.getByRole('button', { name: `Import ${count} article${count === 1 ? '' : 's'}` })
  }

  section(name: string): Locator {
    return this.summary.getByRole('region', { name, exact: true })
  }

  /** Waits until every file of the batch has been read and reviewed. */
  async waitUntilRead(fileNames: string[]): Promise<void> {
    for (const fileName of fileNames) {
      await expect(this.outcome(fileName)).not.toHaveText(/Waiting to be read|Reading/)
    }
  }
}
