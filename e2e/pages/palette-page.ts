// Page object for the command palette (Ctrl/⌘+K).
import { expect, type Locator, type Page } from '@playwright/test'

export class PalettePage {
  readonly search: Locator

  constructor(readonly page: Page) {
    this.search = page.getByRole('textbox', { name: 'Command palette' })
  }

  /** Opens the palette with its key and types `query`. */
  async open(query = ''): Promise<void> {
    await this.page.keyboard.press('Control+k')
    await expect(this.search).toBeFocused()
    if (query) await this.search.fill(query)
  }

  /** The palette's results of one group ("Articles", "Sentences", "Commands", "Sources"). */
  group(label: string): Locator {
    // Spotlight draws a group's label in CSS; the palette names each group in data-group.
    return this.page.locator(`[data-group="${label}"]`)
  }

  /** A result of the group, by the text it shows. */
  result(group: string, text: string | RegExp): Locator {
    return this.group(group).locator('.mantine-Spotlight-action').filter({ hasText: text })
  }

  async expectClosed(): Promise<void> {
    await expect(this.search).toBeHidden()
  }
}
