import { describe, expect, it, vi } from 'vitest'
import type { MenuCommand } from '@shared/ipc/channels'
import { buildMenuTemplate } from './menu'

type Item = ReturnType<typeof buildMenuTemplate>[number]

function submenu(template: Item[], label: string): Item[] {
  const menu = template.find((item) => item.label === label || (label === 'Help' && item.role === 'help'))
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`)
  return menu.submenu
}

function item(items: Item[], label: string): Item {
  const found = items.find((entry) => entry.label === label)
  if (!found) throw new Error(`no ${label} item`)
  return found
}

function click(entry: Item): void {
  ;(entry.click as () => void)()
}

const roles = (items: Item[]) => items.map((entry) => entry.role ?? entry.type ?? entry.label)

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    const template = buildMenuTemplate({ isMac: false, isPackaged: true, send: () => {} })
    expect(template.map((menu) => menu.label ?? menu.role)).toEqual(['File', 'Edit', 'View', 'help'])
  })

  it('sends import and export-brief from File, with their shortcuts', () => {
    const send = vi.fn<(command: MenuCommand) => void>()
    const file = submenu(buildMenuTemplate({ isMac: false, isPackaged: true, send }), 'File')
    expect(item(file, 'Import…').accelerator).toBe('CmdOrCtrl+O')
    expect(item(file, 'Export brief…').accelerator).toBe('CmdOrCtrl+E')
    click(item(file, 'Import…'))
    click(item(file, 'Export brief…'))
    click(item(file, 'Back up workspace…'))
    click(item(file, 'Restore backup…'))
    expect(send.mock.calls).toEqual([['import'], ['export-brief'], ['export-backup'], ['restore-backup']])
    expect(roles(file).slice(-2)).toEqual(['separator', 'quit'])
  })

  it('gives Edit the standard roles', () => {
    const edit = submenu(buildMenuTemplate({ isMac: false, isPackaged: true, send: () => {} }), 'Edit')
    expect(roles(edit).filter((role) => role !== 'separator')).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll'
    ])
  })

  it('offers developer tools only when not packaged', () => {
    const packaged = submenu(buildMenuTemplate({ isMac: false, isPackaged: true, send: () => {} }), 'View')
    const dev = submenu(buildMenuTemplate({ isMac: false, isPackaged: false, send: () => {} }), 'View')
    expect(roles(packaged)).not.toContain('toggleDevTools')
    expect(roles(dev)).toContain('toggleDevTools')
    for (const role of ['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
      expect(roles(packaged)).toContain(role)
  })

  it('has About Sourcemark in Help', () => {
    const help = submenu(buildMenuTemplate({ isMac: false, isPackaged: true, send: () => {} }), 'Help')
    expect(help).toEqual([{ role: 'about', label: 'About Sourcemark' }])
  })

  it('follows macOS conventions: app menu with Quit, File ends with Close, a Window menu', () => {
    const template = buildMenuTemplate({ isMac: true, isPackaged: true, send: () => {} })
    expect(template.map((menu) => menu.label ?? menu.role)).toEqual([
      'Sourcemark',
      'File',
      'Edit',
      'View',
      'windowMenu',
      'help'
    ])
    expect(roles(submenu(template, 'Sourcemark'))).toContain('quit')
    expect(roles(submenu(template, 'File')).at(-1)).toBe('close')
  })
})
