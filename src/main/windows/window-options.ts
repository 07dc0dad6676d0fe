// The options every Sourcemark window is created with, as data so the security settings are tested.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'
import { APP_NAME } from '../menu'

/** The settings no window may go without (DESIGN §4, Security). */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false
} as const satisfies WebPreferences

export function mainWindowOptions(preloadPath: string, iconPath?: string): BrowserWindowConstructorOptions {
  return {
    title: APP_NAME,
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    show: false,
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath }
  }
}

/** The hidden window a brief is printed in: no preload, no scripts, its own throwaway session. */
export function printWindowOptions(partition: string): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 1024,
    height: 1400,
    webPreferences: { ...SECURE_WEB_PREFERENCES, javascript: false, partition, images: true }
  }
}
