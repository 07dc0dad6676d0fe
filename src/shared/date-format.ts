// Dates formatted by a formatter made when the first date is: a page's first
// Intl.DateTimeFormat costs 20–33 ms in Chromium 156 (its locale and time-zone data are loaded),
// which a module making one as it loads pays at start-up, whether a date is ever shown or not.

/** Formats dates as `new Intl.DateTimeFormat(locales, options)` does, made on the first call. */
export function dateFormat(
  locales: string | undefined,
  options: Intl.DateTimeFormatOptions
): (date: Date) => string {
  let format: Intl.DateTimeFormat | undefined
  return (date) => (format ??= new Intl.DateTimeFormat(locales, options)).format(date)
}
