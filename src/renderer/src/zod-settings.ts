// The app's CSP forbids eval: zod must not probe for it (the probe logs a violation). zod reads its
// settings from globalThis.__zod_globalConfig, which it creates only when absent, so they are set
// there before zod is loaded (with import, restore and backup) without bringing zod into the
// first load. Set in place, so a zod already loaded sees them too.
const zodHost = globalThis as { __zod_globalConfig?: { jitless?: boolean } }
;(zodHost.__zod_globalConfig ??= {}).jitless = true
