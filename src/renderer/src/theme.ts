// One Mantine theme for the app; component defaults are set here, once.
import { createTheme, type CSSVariablesResolver, type MantineTheme } from '@mantine/core'

/**
 * A Textarea that sets neither its rows nor autosize grows with its text from two lines to eight by
 * CSS alone: Mantine's autosize measures the text with a forced layout on mounting and at every
 * change (a hidden copy of the field, laid out and read). A field that sets its rows, or autosize
 * (which hands its minRows and maxRows on to the styles), keeps its own sizing.
 */
function textareaStyles(_theme: MantineTheme, props: Record<string, unknown>) {
  if (props.rows !== undefined || props.minRows !== undefined || props.maxRows !== undefined) return {}
  return {
    input: {
      fieldSizing: 'content',
      minHeight: 'calc(2lh + 2 * var(--input-padding-y, 0.5rem))',
      maxHeight: 'calc(8lh + 2 * var(--input-padding-y, 0.5rem))'
    }
  }
}

export const theme = createTheme({
  primaryColor: 'indigo',
  // White on indigo 6 reads at 4.3:1; on 7 it passes 4.5:1 (the dark scheme's default, 8, does too).
  primaryShade: { light: 7, dark: 8 },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif' },
  // Plain objects, not Component.extend(): extend would bring each component into the first load,
  // the inspector's Textarea and SegmentedControl included, which come after it.
  components: {
    Button: { defaultProps: { size: 'xs' } },
    Badge: { defaultProps: { variant: 'light', radius: 'sm' } },
    // The page never scrolls, its panes do (WorkbenchPanels): a dialog has no page scroll to lock.
    // Locking it read the body's computed style in the dialog's first render, and its style
    // element gave the body a custom property, which every element inherits, so the whole page
    // was styled again on opening and on closing: on a large article, opening Export brief was a
    // 51-61 ms task (`npm run bench`, brief.large_article_longest_task_ms).
    Modal: { defaultProps: { lockScroll: false } },
    SegmentedControl: { defaultProps: { size: 'xs', fullWidth: true } },
    Textarea: { styles: textareaStyles }
  }
})

/**
 * Mantine's dimmed text (hints, "Not graded", the byline) reads at 3.3:1 on white and 4.0:1 on
 * the dark body; one step darker (lighter in the dark scheme) it passes 4.5:1 in both.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' }
})
