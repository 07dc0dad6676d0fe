// Mantine's Tooltip alone, for lazyWrapper: a dynamic import of '@mantine/core' itself would keep
// all of Mantine in one piece.
export { Tooltip } from '@mantine/core'
