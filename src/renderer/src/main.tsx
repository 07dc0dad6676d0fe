import '@mantine/core/styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { MantineProvider } from '@mantine/core'
import { z } from 'zod'
import { App } from './App'
import { prefetchPanelsAfterFirstPaint } from './components/lazy-panel'
import { db } from './db'
import { LibraryGate } from './features/library/LibraryGate'
import { platform } from './platform'
import { theme } from './theme'

// The app's CSP forbids eval: tell zod not to probe for it (it would log a violation).
z.config({ jitless: true })

const saveStoredLibrary = (fileName: string, content: string) => platform.saveData(fileName, content, 'json')

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <LibraryGate db={db} save={saveStoredLibrary}>
        <App />
      </LibraryGate>
    </MantineProvider>
  </StrictMode>
)

// The panels the first screen does without come once it is painted, before they are opened.
prefetchPanelsAfterFirstPaint()
