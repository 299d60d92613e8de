/**
 * Dates as a reader of the page's language expects them ("15/7/2020" in Vietnamese), shown in
 * the document's own UTC offset unless a time zone is named. Node's Intl does not take offset
 * time zones ("+07:00"), so the wall-clock time is computed here and formatted as UTC: the server
 * and the browser then print the same text.
 */

const OFFSET = /(?:([+-])(\d{2}):?(\d{2})|Z)$/i;

/** Minutes east of UTC written at the end of an ISO 8601 date, or undefined when it names none. */
export function isoOffsetMinutes(iso: string): number | undefined {
  const match = OFFSET.exec(iso.trim());
  if (!match) return undefined;
  if (!match[1]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

export interface DateFormatOptions {
  /** An IANA time zone ("Asia/Ho_Chi_Minh") to show the time in, instead of the date's own offset. */
  timeZone?: string;
  /** Show hours and minutes too. Default false. */
  time?: boolean;
}

// Creating an Intl formatter costs far more than using one: a rail of 1,000 cards formats
// 1,000 dates. One formatter per language, zone and style serves them all.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function dateTimeFormat(lang: string, timeZone: string, time: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}|${time}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = createDateTimeFormat(lang, timeZone, time)));
  return format;
}

function createDateTimeFormat(lang: string, timeZone: string, time: boolean): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'numeric', year: 'numeric', timeZone };
  if (time) Object.assign(options, { hour: '2-digit', minute: '2-digit', hourCycle: lang.startsWith('en') ? 'h12' : 'h23' });
  try {
    return new Intl.DateTimeFormat(lang, options);
  } catch {
    // An unknown time zone or language tag: the date in UTC is still better than nothing.
    return new Intl.DateTimeFormat('vi', { ...options, timeZone: 'UTC' });
  }
}

/** The date (and with `time`, the time) of an ISO 8601 string in `lang`; "" when it is not a date. */
export function formatDate(iso: string, lang: string, { timeZone, time = false }: DateFormatOptions = {}): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return '';
  if (timeZone) return dateTimeFormat(lang, timeZone, time).format(instant);
  const offset = isoOffsetMinutes(iso) ?? 0;
  return dateTimeFormat(lang, 'UTC', time).format(instant + offset * 60_000);
}

function createRelativeTimeFormat(lang: string): Intl.RelativeTimeFormat {
  try {
    return new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  } catch {
    // A malformed lang attribute ("fr_FR") must not break the page: Vietnamese wording instead.
    return new Intl.RelativeTimeFormat('vi', { numeric: 'auto' });
  }
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
];

/**
 * How long ago (or ahead) an ISO 8601 date is, in `lang`: "3 giờ trước", "hôm qua". Past a week,
 * the date itself. "" when it is not a date.
 */
export function formatRelativeTime(iso: string, lang: string, now = Date.now(), options: DateFormatOptions = {}): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return '';
  let amount = (instant - now) / 1000;
  let relative = relativeFormats.get(lang);
  if (!relative) relativeFormats.set(lang, (relative = createRelativeTimeFormat(lang)));
  for (const [unit, perNext] of UNITS) {
    if (Math.abs(amount) < perNext) return relative.format(Math.round(amount), unit);
    amount /= perNext;
  }
  return formatDate(iso, lang, options);
}
