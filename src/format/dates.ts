/**
 * Dates in the format are ISO 8601 date-times with a UTC offset (RFC 3339), kept as written so
 * `<time datetime>` can carry the document's own value. Feeds bring other spellings, converted here.
 */

/**
 * The accepted shape: `2020-07-15T10:00+07:00`, `2020-07-15T10:00:00.5Z`… Month lengths are checked
 * here (February up to 29; leap years in `isIsoDateTime`). schema/article.schema.json uses this exact
 * pattern, and a test keeps the two equal.
 */
export const ISO_DATE_TIME_PATTERN =
  /^[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-9]))T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]{1,9})?)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$/;

/** True for an ISO 8601 date-time with offset that names a real moment. */
export function isIsoDateTime(value: string): boolean {
  if (!ISO_DATE_TIME_PATTERN.test(value) || Number.isNaN(Date.parse(value))) return false;
  return !value.startsWith('02-29', 5) || isLeapYear(Number(value.slice(0, 4)));
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** RFC 822 dates as RSS writes them: `Wed, 15 Jul 2020 10:00:00 +0700`. */
const RFC_822 =
  /^(?:[A-Za-z]{3},\s?)?([0-9]{1,2}) ([A-Za-z]{3}) ([0-9]{2}|[0-9]{4}) ([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?(?: ([+-][0-9]{4}|[A-Za-z]{1,3}))?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The zone names RFC 822 (section 5.1) defines, besides numeric offsets. */
const ZONES = new Map([
  ['gmt', 'Z'], ['ut', 'Z'], ['utc', 'Z'], ['z', 'Z'],
  ['est', '-05:00'], ['edt', '-04:00'], ['cst', '-06:00'], ['cdt', '-05:00'],
  ['mst', '-07:00'], ['mdt', '-06:00'], ['pst', '-08:00'], ['pdt', '-07:00'],
]);
/** Longer text is not a date; the cap also keeps the regular expressions cheap. */
const MAX_DATE_LENGTH = 64;

/**
 * A feed's date as ISO 8601 with offset, or undefined when it is not a date. Accepts ISO 8601
 * (Atom, JSON Feed, `dc:date`) and RFC 822 (RSS `pubDate`); an RFC 822 date keeps its own offset.
 */
export function feedDateToIso(text: string): string | undefined {
  const value = text.trim().replace(/\s+/g, ' ');
  if (value.length > MAX_DATE_LENGTH) return undefined;
  if (isIsoDateTime(value)) return value;
  const iso = rfc822ToIso(value);
  return iso !== undefined && isIsoDateTime(iso) ? iso : undefined;
}

function rfc822ToIso(value: string): string | undefined {
  const match = RFC_822.exec(value);
  if (match === null) return undefined;
  const [, day = '', monthName = '', year = '', hours = '', minutes = '', seconds = '00', zone = 'GMT'] = match;
  const month = MONTHS.indexOf(monthName.toLowerCase()) + 1;
  const offset = /^[+-]/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(3)}` : ZONES.get(zone.toLowerCase());
  if (month === 0 || offset === undefined) return undefined;
  // RFC 822 allowed two-digit years; read them the way RFC 2822 (section 4.3) says.
  const fullYear = year.length === 4 ? year : String(Number(year) + (Number(year) < 50 ? 2000 : 1900));
  return `${fullYear}-${pad(month)}-${day.padStart(2, '0')}T${hours}:${minutes}:${seconds}${offset}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
