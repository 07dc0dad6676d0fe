// Page object for cases: the library by case, the case view with its brief header and key
// judgments, and the export dialog opened for a case.
import { expect, type Locator, type Page } from '@playwright/test'

export interface JudgmentFields {
  text?: string
  likelihood?: string
  confidence?: 'High' | 'Moderate' | 'Low'
  reason?: string
  assumptions?: string
  alternatives?: string
}

export interface CaseHeaderFields {
  title?: string
  analyst?: string
  handling?: string
  audience?: string
  date?: string
  bluf?: string
}

const HEADER_LABELS: Record<keyof CaseHeaderFields, string> = {
  title: 'Brief title',
  analyst: 'Analyst',
  handling: 'Handling',
  audience: 'Audience',
  date: 'Date',
  bluf: 'Bottom line up front'
}

export class CasePage {
  /** The case in the main area. */
  readonly view: Locator

  constructor(readonly page: Page) {
    this.view = page.getByRole('region', { name: 'Case', exact: true })
  }

  /** Switches the library panel to its view by case. */
  async showCases(): Promise<void> {
    const group = this.page.getByRole('radiogroup', { name: 'Library view' })
    await group
      .locator('label')
      .filter({ hasText: /^Cases$/ })
      .click()
    await expect(group.getByRole('radio', { name: 'Cases' })).toBeChecked()
  }

  /** The library's list of cases. */
  caseList(): Locator {
    return this.page.getByRole('navigation', { name: 'Cases' })
  }

  /** Makes a case of these articles (the open article is ticked already) and opens it. */
  async newCase(name: string, alsoTick: string[] = []): Promise<void> {
    await this.page.getByRole('button', { name: 'New case', exact: true }).click()
    const dialog = this.page.getByRole('dialog', { name: 'New case' })
    await dialog.getByLabel('Case name').fill(name)
    for (const title of alsoTick) await dialog.getByRole('checkbox', { name: title }).check()
    await dialog.getByRole('button', { name: 'Create case' }).click()
    await expect(dialog).toBeHidden()
    await expect(this.view.getByRole('heading', { name, level: 2 })).toBeVisible()
  }

  async openCase(name: string): Promise<void> {
    await this.caseList()
      .getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}`) })
      .click()
    await expect(this.view.getByRole('heading', { name, level: 2 })).toBeVisible()
  }

  /** The case's articles, by title, in the case's order. */
  articleTitles(): Promise<string[]> {
    return this.view
      .getByRole('region', { name: 'Articles of the case', exact: true })
      .locator('[data-article-id] button')
      .filter({ hasNotText: 'Remove' })
      .allTextContents()
  }

  judgment(number: number): Locator {
    return this.view.getByRole('article', { name: `Key judgment ${number}`, exact: true })
  }

  async addJudgment(): Promise<Locator> {
    const count = await this.view.getByRole('article').count()
    await this.view.getByRole('button', { name: 'Add key judgment' }).click()
    const added = this.judgment(count + 1)
    await expect(added).toBeVisible()
    return added
  }

  /** Types and chooses as the analyst does; each text field is left, so it saves at once. */
  async fillJudgment(number: number, fields: JudgmentFields): Promise<void> {
    const card = this.judgment(number)
    const type = async (label: string, value: string | undefined) => {
      if (value === undefined) return
      const field = card.getByLabel(label, { exact: true })
      await field.fill(value)
      await field.blur()
    }
    await type('Judgment', fields.text)
    if (fields.likelihood !== undefined)
      await card.getByLabel('Likelihood').selectOption({ label: fields.likelihood })
    if (fields.confidence) {
      // Saved at once, then shown checked as the library has it.
      await card.getByRole('radio', { name: fields.confidence }).click()
      await expect(card.getByRole('radio', { name: fields.confidence })).toBeChecked()
    }
    await type('Why this confidence', fields.reason)
    await type('Assumptions', fields.assumptions)
    await type('Alternative explanations', fields.alternatives)
  }

  /** Adds an external citation to the judgment's evidence. */
  async addCitation(
    number: number,
    relation: 'Supports' | 'Contradicts',
    citation: { text: string; url?: string; accessedOn?: string }
  ): Promise<void> {
    const card = this.judgment(number)
    const form = card.getByRole('group', { name: 'External citation' })
    if (!(await form.isVisible())) await card.getByText('Add external citation').click()
    const relationGroup = card.getByRole('radiogroup', { name: 'Citation relation' })
    await relationGroup
      .locator('label')
      .filter({ hasText: new RegExp(`^${relation}$`) })
      .click()
    await form.getByLabel('Citation', { exact: true }).fill(citation.text)
    if (citation.url) await form.getByLabel('Address').fill(citation.url)
    if (citation.accessedOn) await form.getByLabel('Accessed').fill(citation.accessedOn)
    await form.getByRole('button', { name: 'Add citation' }).click()
  }

  /** The judgment's evidence items. */
  evidence(number: number): Locator {
    return this.judgment(number).getByTestId('evidence-item')
  }

  /** Fills the case's brief header in the case view (or in the export dialog, when given). */
  async fillHeader(header: CaseHeaderFields, within: Locator = this.view): Promise<void> {
    const group = within.getByRole('group', { name: 'Brief header' })
    for (const [key, value] of Object.entries(header) as [keyof CaseHeaderFields, string][]) {
      const field = group.getByLabel(HEADER_LABELS[key], { exact: true })
      await field.fill(value)
      await field.blur()
    }
  }

  /** Opens the export dialog for the case from its view. */
  async openExport(): Promise<Locator> {
    await this.view.getByRole('button', { name: 'Export brief…' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Export brief' })
    await expect(dialog).toBeVisible()
    return dialog
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
