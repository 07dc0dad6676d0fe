import './zod-settings'
import '@mantine/core/styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core'
import { App } from './App'
import { prefetchPanelsAfterStartUp } from './components/lazy-panel'
import { db } from './db'
import { LibraryGate } from './features/library/LibraryGate'
import { platform } from './platform'
import { cssVariablesResolver, theme } from './theme'

// Light or dark as the system says, unless the analyst chose one (the header's colour scheme menu).
const colorSchemeManager = localStorageColorSchemeManager({ key: 'sourcemark.colorScheme' })

const saveStoredLibrary = (fileName: string, content: string) => platform.saveData(fileName, content, 'json')

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider
      theme={theme}
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager}
      cssVariablesResolver={cssVariablesResolver}
    >
      <LibraryGate db={db} save={saveStoredLibrary}>
        <App />
      </LibraryGate>
    </MantineProvider>
  </StrictMode>
)

// The panels the first screen does without come once it is shown, before they are opened.
prefetchPanelsAfterStartUp()
