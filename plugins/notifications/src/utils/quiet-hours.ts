/** Minutes since local midnight of `now` in `timeZone`. */
function localMinutes(now: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now)
  const get = (type: string) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0)
  return get("hour") * 60 + get("minute")
}

const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number)
  return h * 60 + m
}

/**
 * Whether `now` falls in the quiet hours from `start` to `end` (HH:MM local
 * time of `timeZone`, end excluded; a window may cross midnight, as
 * 22:00–08:00 does). Equal start and end: never quiet.
 */
export function isQuietTime(
  now: Date,
  window: { start: string; end: string; timeZone: string }
): boolean {
  const m = localMinutes(now, window.timeZone)
  const start = toMinutes(window.start)
  const end = toMinutes(window.end)
  if (start === end) {
    return false
  }
  return start < end ? m >= start && m < end : m >= start || m < end
}
