// Whose key signed the backup about to be restored, in the restore dialog. A file whose signature
// does not verify never gets here: parseBackup refuses it as altered.
import { Alert, Text } from '@mantine/core'
import { dateFormat } from '@shared/date-format'
import type { Signer } from '../../db/workspace'

const seen = dateFormat('en-GB', { dateStyle: 'medium' })

export function RestoreVerdict({ signer }: { signer: Signer }) {
  const fingerprint = 'fingerprint' in signer ? signer.fingerprint : ''
  switch (signer.kind) {
    case 'this':
      return (
        <Alert color="teal" p="xs" data-testid="restore-verdict" title="Signed by this workspace">
          <Text size="xs">Key fingerprint {fingerprint}.</Text>
        </Alert>
      )
    case 'known':
      return (
        <Alert color="blue" p="xs" data-testid="restore-verdict" title="Signed by another known workspace">
          <Text size="xs">
            Workspace {signer.workspace.id}, first seen in “{signer.workspace.fileName}” on{' '}
            {seen(new Date(signer.workspace.seenAt))}; key fingerprint {fingerprint}.
          </Text>
        </Alert>
      )
    case 'unknown':
      return (
        <Alert color="yellow" p="xs" data-testid="restore-verdict" title="Signed by an unknown workspace">
          <Text size="xs">
            Key fingerprint {fingerprint}. Compare it with the fingerprint your colleague sees under Verify
            audit trail before you trust this file: anyone can sign a file with a key of their own.
          </Text>
        </Alert>
      )
    case 'unsigned':
      return (
        <Alert color="orange" p="xs" data-testid="restore-verdict" title="Unsigned">
          <Text size="xs">
            This file carries no signature (a version-1 backup). Its records match its audit trail, but an
            edit that rewrote the whole trail could not be detected.
          </Text>
        </Alert>
      )
  }
}
