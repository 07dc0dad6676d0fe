// `npm run package` (electron-builder --config electron-builder.config.ts): installers built from the
// built app (out/) alone, in an ASAR archive, with every Electron fuse a local-only app does not need
// turned off. The fuses are flipped in the packaged binary itself, so no environment variable or
// command-line flag can turn the app into a general-purpose Node runtime or open a debugger on it.
import type { Configuration } from 'electron-builder'

const config: Configuration = {
  appId: 'app.sourcemark.desktop',
  productName: 'Sourcemark',
  directories: { output: 'dist', buildResources: 'resources' },
  // Main, preload and renderer as electron-vite built them, and the icon main loads. Not out/web
  // (the browser shell) and no sources: production dependencies are added by electron-builder.
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'resources/**'],
  asar: true,
  electronFuses: {
    // ELECTRON_RUN_AS_NODE would run any script with the app's identity; nothing here forks.
    runAsNode: false,
    // NODE_OPTIONS and NODE_EXTRA_CA_CERTS could load code or trust certificates into main.
    enableNodeOptionsEnvironmentVariable: false,
    // --inspect and SIGUSR1 would open a debugger on main, with its file access.
    enableNodeCliInspectArguments: false,
    // The app code is read only from app.asar, and app.asar is checked against the hash in the
    // binary (macOS and Windows), so the packaged code cannot be swapped.
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The app is served from app://sourcemark/, never file://: file pages need no extra rights.
    grantFileProtocolExtraPrivileges: false,
    // Cookies on disk encrypted with the OS keychain, as Chrome does.
    enableCookieEncryption: true,
    loadBrowserProcessSpecificV8Snapshot: false
  },
  mac: { category: 'public.app-category.productivity', hardenedRuntime: true, target: ['dmg'] },
  win: { target: ['nsis'] },
  linux: { category: 'Office', target: ['AppImage'] }
}

export default config
