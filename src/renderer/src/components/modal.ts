// Mantine's Modal alone, for lazy-modal: a dynamic import of '@mantine/core' itself would keep all
// of Mantine in one piece.
export { Modal } from '@mantine/core'
