// One Mantine theme for the app; component defaults are set here, once.
import { Badge, Button, createTheme, SegmentedControl, Textarea } from '@mantine/core'

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif' },
  components: {
    Button: Button.extend({ defaultProps: { size: 'xs' } }),
    Badge: Badge.extend({ defaultProps: { variant: 'light', radius: 'sm' } }),
    SegmentedControl: SegmentedControl.extend({ defaultProps: { size: 'xs', fullWidth: true } }),
    Textarea: Textarea.extend({ defaultProps: { autosize: true, minRows: 2, maxRows: 8 } })
  }
})
