// The code that brings a library written by an older Sourcemark up to date. It is loaded only when
// such a library is opened (see `loadUpgradesBeforeOpening` in database.ts), so a library already
// at the current version never fetches it.
export { sealTrail } from '../history-seal'
export { upgradeToVersion2 } from './v2-text-table'
export { upgradeToVersion5 } from './v5-judgments'
export { upgradeToVersion6 } from './v6-article-counts'
