// This workspace's key fingerprint: what a colleague compares with the one their restore dialog
// shows for a backup signed here.
import { useEffect, useState } from 'react'
import { Text } from '@mantine/core'
import { db } from '../../db'

export function WorkspaceKey() {
  const [fingerprint, setFingerprint] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    // The key's code (Ed25519) is fetched with the panel, not with the app.
    void import('../../db/workspace')
      .then((m) => m.workspaceIdentity(db))
      .then((identity) => live && setFingerprint(identity.fingerprint))
    return () => {
      live = false
    }
  }, [])
  return (
    <Text size="xs" c="dimmed" data-testid="workspace-key">
      This workspace’s key fingerprint: {fingerprint ?? '…'}
    </Text>
  )
}
