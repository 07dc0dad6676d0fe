// Page object for the workbench, shared by the browser and Electron specs.
import { expect, type Locator, type Page } from '@playwright/test'

type ChosenFile = { name: string; mimeType: string; buffer: Buffer }
/** A file's path, or its content; several at once, as the analyst may pick them. */
type ChosenFiles = string | ChosenFile | string[] | ChosenFile[]

/** The first words of the bundled sample article. */
export const SAMPLE_LEDE = 'North Korean troops deployed to aid Russia’s offensive'

/** Listens to file choosers so that they stay intercepted (see WorkbenchPage's constructor). */
function keepChoosersIntercepted(): void {}

export class WorkbenchPage {
  readonly inspector: Locator
  readonly library: Locator

  constructor(readonly page: Page) {
    this.inspector = page.getByRole('region', { name: 'Inspector' })
    this.library = page.getByRole('navigation', { name: 'Library' })
    // File choosers stay intercepted for the page's whole life. Playwright intercepts them only
    // while something listens, and turns that on again at each waitForEvent('filechooser')
    // without waiting for it: a click right after could open a chooser nobody hears (a second
    // file opened in a spec waited out its timeout once so, under load).
    page.on('filechooser', keepChoosersIntercepted)
  }

  sentence(index: number): Locator {
    return this.page.locator(`[data-sentence-index="${index}"]`)
  }

  sentences(): Locator {
    return this.page.locator('[data-sentence-index]')
  }

  selected(): Locator {
    return this.page.locator('[data-sentence-index][data-selected="true"]')
  }

  /** Opens the app on a fresh library: the bundled sample, imported on first run. */
  async openOnSample(): Promise<void> {
    await this.page.goto('/')
    await this.waitForArticle(SAMPLE_LEDE)
  }

  /** Opens the import dialog and loads a file into it through the file picker. */
  async openFileInImport(files: ChosenFiles): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Import', exact: true }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Import article' })
    const chooser = this.page.waitForEvent('filechooser')
    await dialog.getByRole('button', { name: 'Open file…' }).click()
    await (await chooser).setFiles(files)
    return dialog
  }

  /** Loads another file into the import dialog already open. */
  async pickFileInImport(
    dialog: Locator,
    files: string | { name: string; mimeType: string; buffer: Buffer }
  ): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await dialog.getByRole('button', { name: 'Open file…' }).click()
    await (await chooser).setFiles(files)
  }

  /** The export dialog's brief header, field by field, as the analyst sees it. */
  async briefHeader(): Promise<{ title: string; analyst: string; handling: string; bluf: string }> {
    const dialog = this.page.getByRole('dialog', { name: 'Export brief' })
    await expect(dialog.getByLabel('Brief title')).toBeEnabled()
    return {
      title: await dialog.getByLabel('Brief title').inputValue(),
      analyst: await dialog.getByLabel('Analyst').inputValue(),
      handling: await dialog.getByLabel('Handling').inputValue(),
      bluf: await dialog.getByLabel('Bottom line up front').inputValue()
    }
  }

  async waitForArticle(firstWords: string): Promise<void> {
    await expect(this.sentence(0)).toContainText(firstWords)
  }

  async select(index: number): Promise<void> {
    await this.sentence(index).click()
    await expect(this.sentence(index)).toHaveAttribute('data-selected', 'true')
  }

  /** Picks the source by name, creating it when the registry does not know it yet. */
  async setSource(name: string): Promise<void> {
    const field = this.inspector.getByLabel('Source', { exact: true })
    await field.click()
    await field.fill(name)
    const existing = this.dropdownOption(new RegExp(`^${escapeRegExp(name)} \\(`))
    if (await existing.count()) await existing.first().click()
    else await this.dropdownOption(`+ Create source “${name}”`).click()
    await expect(field).toHaveValue(name)
    // Leave the field so grading keys reach the reader again.
    await field.blur()
  }

  /** The inspector's source field. */
  sourceField(): Locator {
    return this.inspector.getByLabel('Source', { exact: true })
  }

  /** Opens the Edit source dialog for the selected sentence's source. */
  async openEditSource(): Promise<Locator> {
    await this.inspector.getByRole('button', { name: 'Edit source' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Edit source' })
    await expect(dialog).toBeVisible()
    return dialog
  }

  /** Opens the Edit article details dialog from the reader's byline. */
  async openEditArticle(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Edit details' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Edit article details' })
    await expect(dialog).toBeVisible()
    return dialog
  }

  /** An option of an open dropdown (the reader's sentences are options of their own listbox). */
  dropdownOption(name: string | RegExp): Locator {
    return this.page.locator('[data-combobox-option]').and(this.page.getByRole('option', { name }))
  }

  /** Selects sentence `index` and grades it in the inspector: its source, reliability and credibility. */
  async grade(
    index: number,
    { source, reliability, credibility }: { source: string; reliability: string; credibility: number }
  ): Promise<void> {
    await this.select(index)
    await this.setSource(source)
    await this.setReliability(reliability)
    await this.setCredibility(credibility)
    await expect(this.sentence(index)).toHaveAttribute('data-rating', `${reliability}${credibility}`)
  }

  async setReliability(grade: string): Promise<void> {
    await this.pickSegment(this.scale('Reliability'), grade)
  }

  async setCredibility(grade: number): Promise<void> {
    await this.pickSegment(this.scale('Credibility'), String(grade))
  }

  /** Segmented controls hide their radios; a person clicks the visible label. */
  private async pickSegment(group: Locator, label: string): Promise<void> {
    await group
      .locator('label')
      .filter({ hasText: new RegExp(`^${escapeRegExp(label)}\\b`) })
      .click()
    await expect(group.getByRole('radio', { name: new RegExp(`^${escapeRegExp(label)}\\b`) })).toBeChecked()
  }

  scale(name: 'Reliability' | 'Credibility'): Locator {
    return this.inspector.getByRole('radiogroup', { name })
  }

  async setNote(text: string): Promise<void> {
    const note = this.inspector.getByLabel('Note')
    await note.fill(text)
    await note.blur()
  }

  /**
   * Starts a key judgment from the selected sentence with the reader's K key, and waits until
   * the sentence is marked as evidence for one more judgment.
   */
  async startJudgment(): Promise<void> {
    const before = Number((await this.selected().getAttribute('data-judgments')) ?? 0)
    await this.page.keyboard.press('Shift+K')
    await expect(this.selected()).toHaveAttribute('data-judgments', String(before + 1))
  }

  /** The inspector's Key judgments panel for the selected sentence. */
  judgmentsPanel(): Locator {
    return this.inspector.getByRole('group', { name: 'Key judgments' })
  }

  /** The judgments the selected sentence is evidence for, as the inspector lists them. */
  citingJudgments(): Locator {
    return this.inspector
      .getByRole('list', { name: 'Key judgments this sentence is evidence for' })
      .getByRole('listitem')
  }

  /** Adds the selected sentence as evidence to the judgment whose option matches `judgment`. */
  async addAsEvidence(judgment: string | RegExp, relation: 'Supports' | 'Contradicts'): Promise<void> {
    const panel = this.judgmentsPanel()
    await panel.getByLabel('Add as evidence to…').click()
    await this.dropdownOption(judgment).first().click()
    await this.pickSegment(panel.getByRole('radiogroup', { name: 'Evidence relation' }), relation)
    await panel.getByRole('button', { name: 'Add as evidence', exact: true }).click()
  }

  async addLink(relation: 'Supports' | 'Contradicts', targetText: string, inArticle?: string): Promise<void> {
    await this.linkSentence(relation, targetText, inArticle)
  }

  /** Links the selected sentence to another sentence with any relation, context included. */
  async linkSentence(
    relation: 'Supports' | 'Contradicts' | 'Context',
    targetText: string,
    inArticle?: string
  ): Promise<void> {
    await this.pickSegment(this.inspector.getByRole('radiogroup', { name: 'Link to' }), 'A sentence')
    await this.pickSegment(this.inspector.getByRole('radiogroup', { name: 'Link relation' }), relation)
    if (inArticle) await this.inspector.getByLabel('In article').selectOption({ label: inArticle })
    const target = this.inspector.getByLabel('Linked sentence', { exact: true })
    await target.click()
    await target.fill(targetText)
    await this.dropdownOption(new RegExp(escapeRegExp(targetText)))
      .first()
      .click()
    await this.inspector.getByRole('button', { name: 'Add link' }).click()
  }

  /** Fills the external citation form; the accessed date is left at its default unless given. */
  async fillCitation(
    relation: 'Supports' | 'Contradicts' | 'Context',
    citation: { text: string; url?: string; source?: string; accessedOn?: string }
  ): Promise<Locator> {
    await this.pickSegment(this.inspector.getByRole('radiogroup', { name: 'Link relation' }), relation)
    await this.pickSegment(this.inspector.getByRole('radiogroup', { name: 'Link to' }), 'A citation')
    const form = this.inspector.getByRole('group', { name: 'External citation' })
    await form.getByLabel('Citation', { exact: true }).fill(citation.text)
    if (citation.url !== undefined) await form.getByLabel('Address').fill(citation.url)
    if (citation.source) {
      await form.getByLabel('Citation source').click()
      await this.dropdownOption(citation.source).click()
    }
    if (citation.accessedOn) await form.getByLabel('Accessed').fill(citation.accessedOn)
    return form
  }

  /** Opens the export dialog, and waits for its form: not the stand-in shown while its code comes. */
  async openExport(): Promise<void> {
    await this.page.getByRole('button', { name: 'Export brief' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Export brief' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByLabel('Brief of')).toBeVisible()
  }

  /** The export dialog's status line: what the last export really did. */
  exportStatus(): Locator {
    return this.page.getByRole('dialog', { name: 'Export brief' }).getByTestId('export-status')
  }

  /** The export dialog stays open across exports: its Close button closes it. */
  async closeExport(): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: 'Export brief' })
    await dialog.getByRole('button', { name: 'Close', exact: true }).click()
    await expect(dialog).toBeHidden()
  }

  async importPasted(title: string, text: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Import', exact: true }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Import article' })
    await dialog.getByLabel('Title').fill(title)
    await dialog.getByLabel('Article text').fill(text)
    await dialog.getByRole('button', { name: 'Import article' }).click()
    await expect(dialog).toBeHidden()
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
