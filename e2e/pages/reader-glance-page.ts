// Page object for what sits above the article: Back, the status counts, the legend, the filters.
import { expect, type Locator, type Page } from '@playwright/test'

export class ReaderGlancePage {
  readonly statusBar: Locator
  /** The filter in force, in words, with Hide others and Clear filter. */
  readonly filters: Locator
  readonly back: Locator

  constructor(readonly page: Page) {
    this.statusBar = page.getByRole('toolbar', { name: 'Article status' })
    this.filters = page.getByRole('group', { name: 'Filter in force' })
    this.back = page.getByRole('button', { name: '← Back' })
  }

  /** The count shown for a status, e.g. "Contested". */
  async count(status: string): Promise<number> {
    const text = await this.statusBar
      .getByRole('button', { name: new RegExp(`^${status} \\d+$`) })
      .innerText()
    return Number(text.split(' ').at(-1))
  }

  /** Filters the reader to a status by its count, and waits until the filter is shown. */
  async filterTo(status: string): Promise<void> {
    const button = this.statusBar.getByRole('button', { name: new RegExp(`^${status} \\d+$`) })
    await button.click()
    await expect(button).toHaveAttribute('aria-pressed', 'true')
    await expect(this.filters.getByText(`Showing: ${status}`)).toBeVisible()
  }

  async hideOthers(): Promise<void> {
    const hide = this.filters.getByRole('button', { name: 'Hide others' })
    await hide.click()
    await expect(hide).toHaveAttribute('aria-pressed', 'true')
  }

  async clear(): Promise<void> {
    await this.filters.getByRole('button', { name: 'Clear filter' }).click()
    await expect(this.filters.getByText('Showing:')).toBeHidden()
  }
}
