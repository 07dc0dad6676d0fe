// Deleting an article asks first, says what goes with it, and can be undone.
import { useState } from 'react'
import { Button, Group, Stack, Text } from '@mantine/core'
import { Modal } from '../../components/lazy-modal'
import { db, serially } from '../../db'
import { deleteArticle } from '../../db/articles'

interface DeleteArticleButtonProps {
  articleId: string
  title: string
  gradedCount: number
  onDeleted: () => void
  onError: (message: string) => void
}

export function DeleteArticleButton({
  articleId,
  title,
  gradedCount,
  onDeleted,
  onError
}: DeleteArticleButtonProps) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button variant="subtle" color="red" onClick={() => setOpen(true)}>
        Delete article
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Delete article">
        <Stack>
          <Text size="sm">
            Delete “{title}” from the library? Its sentences
            {gradedCount > 0 ? `, its ${gradedCount} graded sentence${gradedCount === 1 ? '' : 's'}` : ''} and
            every evidence link to or from it go too. You can undo this.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button
              color="red"
              onClick={() => {
                setOpen(false)
                serially(() => deleteArticle(db, articleId)).then(onDeleted, (e: unknown) =>
                  onError(e instanceof Error ? e.message : String(e))
                )
              }}
            >
              Delete
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
