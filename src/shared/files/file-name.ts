// The one rule for a file name Sourcemark suggests: main checks every name the renderer offers
// against it, and the functions that name briefs, backups and exports only make names it accepts.
// A name must mean the same file on Windows, macOS and Linux, and read the way it will be saved.
import { BIDI_CONTROL } from '../text/bidi'

/** Far above any name the app makes; some filesystems stop at 255 bytes. */
export const MAX_FILE_NAME_CHARS = 200

// Windows opens these as devices in every folder, in any case, whatever follows the first dot
// (`nul.txt`, `CON.tar.gz`) and with spaces before it (`con .md`). ¹²³ count as digits there.
const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³]) *(\.|$)/i

// Characters Windows refuses in a name (`:` also opens NTFS streams).
const RESERVED_CHARACTER = /[<>:"|?*]/

/** True for a name Windows takes for a device (`CON`, `nul.txt`, `COM¹`) rather than a file. */
export function isWindowsDeviceName(name: string): boolean {
  return WINDOWS_DEVICE.test(name)
}

/** Why `name` is not a safe bare file name, in words an error line can carry; null when it is. */
export function fileNameProblem(name: string): string | null {
  if (name.length === 0) return 'file name is empty'
  if (name.length > MAX_FILE_NAME_CHARS) {
    return `file name is longer than ${MAX_FILE_NAME_CHARS} characters`
  }
  // Main joins the name to a folder, so it must be a bare name.
  if (/[/\\]/.test(name)) return 'file name contains a path separator'
  if (/\p{Cc}/u.test(name)) return 'file name contains a control character'
  if (BIDI_CONTROL.test(name)) return 'file name contains a bidirectional control character'
  if (RESERVED_CHARACTER.test(name)) return 'file name contains a character not allowed in file names'
  if (/^\.+$/.test(name.trim())) return 'file name is only dots'
  // Windows drops them, so `brief.md.` would save as `brief.md` and `brief ` as `brief`.
  if (/[. ]$/.test(name)) return 'file name ends with a dot or a space'
  if (isWindowsDeviceName(name)) return 'file name is a Windows device name (CON, PRN, AUX, NUL, COM1, LPT1…)'
  return null
}
