// The one preparation the import worker keeps ahead of an import: made while the analyst reads the
// import form, used by the import of exactly that text and language, replaced by a newer text.
// The texts are compared whole, here where the kept one is, or on the page that sent both (an
// import `ahead`, whose draft then leaves the text out): a draft is never matched by a token.
import type { ImportStage as Stage, PreparedText } from '@shared/segment/prepare'

type Preparer = (text: string, language: string, onStage: (stage: Stage) => void) => Promise<PreparedText>

interface Kept {
  text: string
  language: string
  prepared: Promise<PreparedText>
  /** The stage it is in; undefined before it starts and once it is prepared. */
  stage?: Stage
  /** Imports waiting for it, told each stage it reaches. */
  listeners: Set<(stage: Stage) => void>
}

export class KeptPreparation {
  private kept: Kept | null = null

  constructor(private readonly prepare: Preparer) {}

  /**
   * Prepares `text` and keeps it in place of the one kept before (the same text and language
   * kept already is not prepared again). Resolves with it, or with null when a newer text or a
   * drop replaced it before it was ready.
   */
  keep(text: string, language: string): Promise<PreparedText | null> {
    const kept = this.matching(text, language) ?? this.start(text, language)
    this.kept = kept
    return kept.prepared.then((prepared) => (this.kept === kept ? prepared : null))
  }

  /** Forgets the kept preparation; one still running finishes, and is thrown away. */
  drop(): void {
    this.kept = null
  }

  /**
   * The kept preparation when it was made from exactly `text` and `language`, else undefined.
   * While it runs, `onStage` hears the stage it is in and each one it reaches.
   */
  take(text: string, language: string, onStage?: (stage: Stage) => void): Promise<PreparedText> | undefined {
    const kept = this.matching(text, language)
    if (!kept) return undefined
    if (onStage && kept.stage) {
      onStage(kept.stage)
      kept.listeners.add(onStage)
    }
    return kept.prepared
  }

  /** The text kept, as read, when it was prepared (or is being prepared) in `language`. */
  textIn(language: string): string | undefined {
    return this.kept?.language === language ? this.kept.text : undefined
  }

  private matching(text: string, language: string): Kept | undefined {
    const kept = this.kept
    return kept && kept.language === language && kept.text === text ? kept : undefined
  }

  private start(text: string, language: string): Kept {
    const kept: Kept = { text, language, prepared: Promise.resolve() as never, listeners: new Set() }
    const told = (stage: Stage) => {
      kept.stage = stage
      for (const listener of kept.listeners) listener(stage)
    }
    kept.prepared = this.prepare(text, language, told)
    const settled = () => {
      kept.stage = undefined
      kept.listeners.clear()
    }
    // A preparation that failed is not kept: an import of the text prepares it again (and meets
    // the same error, reported as its own).
    kept.prepared.then(settled, () => {
      settled()
      if (this.kept === kept) this.kept = null
    })
    return kept
  }
}
