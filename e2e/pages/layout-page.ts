// Page object for the workbench's layout: what the analyst sees of each control and of the
// selection, the panes and their separators, and the colour scheme.
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test'

export type PaneId = 'library' | 'article' | 'inspector'

/** A control whose text the page cuts, as it would be reported. */
export interface Clipped {
  control: string
  text: string
  reason: string
}

export class LayoutPage {
  constructor(readonly page: Page) {}

  pane(id: PaneId): Locator {
    return this.page.locator(`[data-panel]#${id}`)
  }

  separator(name: 'Resize the library' | 'Resize the inspector'): Locator {
    return this.page.getByRole('separator', { name })
  }

  async paneWidth(id: PaneId): Promise<number> {
    const box = await this.pane(id).boundingBox()
    if (!box) throw new Error(`the ${id} pane is not shown`)
    return box.width
  }

  /**
   * Every visible control with text (buttons, tabs, links, radios' labels, badges and chips)
   * whose text the page cuts: wider or taller than its box (scrollWidth > clientWidth,
   * scrollHeight > clientHeight, on the control or any element inside it), or running past the
   * edge of an ancestor that clips it sideways (a pane, a dialog). Text hidden on purpose for
   * screen readers is not looked at.
   */
  clippedControls(): Promise<Clipped[]> {
    return this.page.evaluate(() => {
      const CONTROLS =
        'button, [role=tab], [role=menuitem], a, label, .mantine-Badge-root, .mantine-Chip-label, .mantine-Pill-root'
      const hiddenOnPurpose = (e: Element) => e.closest('.mantine-VisuallyHidden-root') !== null
      const shown = (e: Element) => {
        const box = e.getBoundingClientRect()
        const style = getComputedStyle(e)
        return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.opacity !== '0'
      }
      const found: { control: string; text: string; reason: string }[] = []
      for (const control of document.querySelectorAll(CONTROLS)) {
        const text = (control.textContent ?? '').trim()
        if (!text || hiddenOnPurpose(control) || !shown(control)) continue
        const name = `${control.tagName.toLowerCase()}${control.getAttribute('role') ? `[role=${control.getAttribute('role')}]` : ''}`
        // The control and what inside it holds text (a switch's track holds none).
        const inner = [control, ...control.querySelectorAll('*')].find(
          (e) =>
            !hiddenOnPurpose(e) &&
            e instanceof HTMLElement &&
            (e.textContent ?? '').trim() !== '' &&
            (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
        )
        if (inner instanceof HTMLElement) {
          found.push({
            control: name,
            text,
            reason: `text ${inner.scrollWidth}×${inner.scrollHeight}px in a box of ${inner.clientWidth}×${inner.clientHeight}px`
          })
          continue
        }
        const box = control.getBoundingClientRect()
        for (let up = control.parentElement; up; up = up.parentElement) {
          if (getComputedStyle(up).overflowX === 'visible') continue
          const edge = up.getBoundingClientRect()
          if (box.left < edge.left - 1 || box.right > edge.right + 1) {
            found.push({
              control: name,
              text,
              reason: `runs from ${Math.round(box.left)} to ${Math.round(box.right)}px past the edges of its ${up.tagName.toLowerCase()}.${up.className} (${Math.round(edge.left)}–${Math.round(edge.right)}px)`
            })
            break
          }
        }
      }
      return found
    })
  }

  /** Fails naming every cut control; attaches a screenshot of the screen either way. */
  async expectNothingClipped(screen: string, testInfo: TestInfo): Promise<void> {
    const size = this.page.viewportSize()
    await testInfo.attach(`${screen} at ${size?.width}×${size?.height}`, {
      body: await this.page.screenshot(),
      contentType: 'image/png'
    })
    expect(await this.clippedControls(), `controls cut on the ${screen}`).toEqual([])
  }

  /**
   * The selected sentence's box, the header's bottom, and the article pane's bottom edge; null
   * while the selected sentence is not in the page: a jump to one the reader has not rendered
   * yet, which it renders and scrolls to in the frames after the key.
   */
  async selectionPlace(): Promise<{
    top: number
    bottom: number
    headerBottom: number
    paneBottom: number
  } | null> {
    return this.page.evaluate(() => {
      const header = document.querySelector('header')
      const pane = document.querySelector('[data-scroll="article"]')
      if (!header || !pane) throw new Error('no header or article pane')
      const selected = document.querySelector('[data-sentence-index][data-selected="true"]')
      if (!selected) return null
      // A sentence wrapped over lines: its first and last line boxes.
      const lines = selected.getClientRects()
      return {
        top: lines[0].top,
        bottom: lines[lines.length - 1].bottom,
        headerBottom: header.getBoundingClientRect().bottom,
        paneBottom: Math.min(pane.getBoundingClientRect().bottom, window.innerHeight)
      }
    })
  }

  /** Waits until the selected sentence lies whole between the header and the pane's bottom. */
  async expectSelectionWhollyShown(): Promise<void> {
    await expect
      .poll(async () => {
        const place = await this.selectionPlace()
        if (!place) return 'not in the page'
        return place.top >= place.headerBottom && place.bottom <= place.paneBottom
          ? 'whole'
          : `from ${place.top} to ${place.bottom}px, between the header at ${place.headerBottom}px and the pane's bottom at ${place.paneBottom}px`
      })
      .toBe('whole')
  }

  /** The colour scheme the page shows: Mantine marks it on the root element. */
  scheme(): Promise<string | null> {
    return this.page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'))
  }

  async chooseScheme(label: 'Follow the system' | 'Light' | 'Dark'): Promise<void> {
    await this.page.getByRole('button', { name: 'Colour scheme' }).click()
    await this.page.getByRole('menuitem', { name: label, exact: true }).click()
  }

  /**
   * Every piece of text shown in `scope` whose contrast ratio (WCAG 2) against what shows behind
   * it is below `minimum`: its element's background and its ancestors', translucent ones laid over
   * the first opaque one. Disabled controls are exempt, as WCAG exempts them.
   */
  lowContrastText(scope: Locator, minimum = 4.5): Promise<string[]> {
    return scope.evaluate((root, minimum) => {
      const rgba = (css: string): [number, number, number, number] => {
        const probe = document.createElement('canvas').getContext('2d')!
        probe.fillStyle = css
        probe.fillRect(0, 0, 1, 1)
        const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data
        return [r, g, b, a / 255]
      }
      const over = (top: number[], a: number, under: number[]) =>
        top.map((v, i) => v * a + under[i] * (1 - a))
      const luminance = (c: number[]) => {
        const [r, g, b] = c.map((v) => {
          const s = v / 255
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
        })
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
      }
      const faint: string[] = []
      const looked = new Set<Element>()
      const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        const element = node.parentElement
        if (!element || looked.has(element) || !(node.textContent ?? '').trim()) continue
        looked.add(element)
        const box = element.getBoundingClientRect()
        if (box.width === 0 || box.bottom < 0 || box.top > window.innerHeight) continue
        if (element.closest('[disabled], [data-disabled], .mantine-VisuallyHidden-root')) continue
        const layers: [number, number, number, number][] = []
        for (let e: Element | null = element; e; e = e.parentElement) {
          const layer = rgba(getComputedStyle(e).backgroundColor)
          if (layer[3] > 0) layers.push(layer)
          if (layer[3] === 1) break
        }
        // Without an opaque ancestor the canvas is white (the browser's own page background).
        let behind = [255, 255, 255]
        for (const [r, g, b, a] of layers.reverse()) behind = over([r, g, b], a, behind)
        const [r, g, b, a] = rgba(getComputedStyle(element).color)
        const [light, dark] = [luminance(over([r, g, b], a, behind)), luminance(behind)].sort((x, y) => y - x)
        const ratio = (light + 0.05) / (dark + 0.05)
        if (ratio < minimum)
          faint.push(`${ratio.toFixed(2)}:1 “${(node.textContent ?? '').trim().slice(0, 40)}”`)
      }
      return faint
    }, minimum)
  }

  /** The luminance-free answer to "is this dark?": the page background's lightness, 0–255. */
  backgroundLightness(): Promise<number> {
    return this.page.evaluate(() => {
      const probe = document.createElement('canvas').getContext('2d')!
      probe.fillStyle = getComputedStyle(document.body).backgroundColor
      probe.fillRect(0, 0, 1, 1)
      const [r, g, b] = probe.getImageData(0, 0, 1, 1).data
      return Math.round((Math.max(r, g, b) + Math.min(r, g, b)) / 2)
    })
  }
}
