// Page object for the source registry view, opened from the library pane or with Shift+R.
import { expect, type Locator, type Page } from '@playwright/test'

export class RegistryPage {
  readonly view: Locator

  constructor(readonly page: Page) {
    this.view = page.getByRole('region', { name: 'Source registry' })
  }

  /** Opens the registry from the library pane's Sources button. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sources', exact: true }).click()
    await expect(this.view).toBeVisible()
  }

  /** The table row of the source with this exact name. */
  row(name: string): Locator {
    return this.view
      .getByRole('table', { name: 'Sources' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('button', { name: `Show ${name}`, exact: true }) })
  }

  /** The names in the table, in its order. */
  async names(): Promise<string[]> {
    const buttons = this.view.getByRole('table', { name: 'Sources' }).getByRole('button', { name: /^Show / })
    return (await buttons.allTextContents()).map((t) => t.trim())
  }

  /** The entry of the source with this name, as shown above the table. */
  details(name: string): Locator {
    return this.view.getByRole('region', { name: `Source: ${name}` })
  }

  async show(name: string): Promise<Locator> {
    await this.view.getByRole('button', { name: `Show ${name}`, exact: true }).click()
    await expect(this.details(name)).toBeVisible()
    return this.details(name)
  }

  async search(text: string): Promise<void> {
    await this.view.getByLabel('Search sources').fill(text)
  }

  /** Chooses an option of one of the registry's selects (Kind, Reliability, Use, Sort by, Merge into, Re-assign to). */
  async choose(scope: Locator, label: string, option: string): Promise<void> {
    await scope.getByRole('combobox', { name: label, exact: true }).click()
    await this.page
      .locator('[data-combobox-option]')
      .and(this.page.getByRole('option', { name: option, exact: true }))
      .click()
  }

  /** Back to the reader. */
  async close(): Promise<void> {
    await this.view.getByRole('button', { name: /^Back to reader/ }).click()
    await expect(this.view).toBeHidden()
  }
}
