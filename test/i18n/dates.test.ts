import { expect } from '@open-wc/testing';
import { formatDate, formatRelativeTime, isoOffsetMinutes } from '../../src/i18n/dates.js';

const SEED_DATE = '2020-07-15T17:30:00+07:00';

describe('formatDate', () => {
  it('shows the seed date as a Vietnamese reader writes it, in the article own offset', () => {
    expect(formatDate(SEED_DATE, 'vi')).to.equal('15/7/2020');
    expect(formatDate(SEED_DATE, 'vi', { time: true })).to.equal('17:30 15/7/2020');
  });

  it('shows English dates month first, with a 12-hour clock', () => {
    expect(formatDate(SEED_DATE, 'en')).to.equal('7/15/2020');
    expect(formatDate(SEED_DATE, 'en', { time: true })).to.equal('7/15/2020, 05:30 PM');
  });

  it('keeps the day of the offset even when UTC is on another day', () => {
    expect(formatDate('2020-07-16T01:00:00+07:00', 'vi')).to.equal('16/7/2020');
    expect(formatDate('2020-07-15T20:00:00-05:00', 'vi')).to.equal('15/7/2020');
  });

  it('uses a named time zone instead of the offset when given one', () => {
    expect(formatDate('2020-07-15T20:00:00-05:00', 'vi', { timeZone: 'Asia/Ho_Chi_Minh' })).to.equal('16/7/2020');
  });

  it('falls back to UTC for an unknown time zone and gives "" for a non-date', () => {
    expect(formatDate('2020-07-15T20:00:00Z', 'vi', { timeZone: 'Mars/Olympus' })).to.equal('15/7/2020');
    expect(formatDate('not a date', 'vi')).to.equal('');
  });
});

describe('formatRelativeTime', () => {
  const now = Date.parse('2025-03-31T12:00:00+07:00');

  it('words recent times in the language', () => {
    expect(formatRelativeTime('2025-03-31T09:00:00+07:00', 'vi', now)).to.equal('3 giờ trước');
    expect(formatRelativeTime('2025-03-31T09:00:00+07:00', 'en', now)).to.equal('3 hours ago');
    expect(formatRelativeTime('2025-03-30T12:00:00+07:00', 'en', now)).to.equal('yesterday');
    expect(formatRelativeTime('2025-03-31T11:59:30+07:00', 'en', now)).to.equal('30 seconds ago');
  });

  it('falls back to Vietnamese for a malformed language tag instead of throwing', () => {
    expect(formatRelativeTime('2025-03-31T09:00:00+07:00', 'fr_FR', now)).to.equal('3 giờ trước');
    expect(formatDate('2020-07-15T17:30:00+07:00', 'fr_FR')).to.equal('15/7/2020');
  });

  it('shows the date itself past a week, and "" for a non-date', () => {
    expect(formatRelativeTime('2025-03-01T12:00:00+07:00', 'vi', now)).to.equal('1/3/2025');
    expect(formatRelativeTime('soon', 'vi', now)).to.equal('');
  });
});

describe('isoOffsetMinutes', () => {
  it('reads +hh:mm, -hhmm and Z, and nothing from a date without one', () => {
    expect(isoOffsetMinutes(SEED_DATE)).to.equal(420);
    expect(isoOffsetMinutes('2020-07-15T17:30:00-0330')).to.equal(-210);
    expect(isoOffsetMinutes('2020-07-15T17:30:00Z')).to.equal(0);
    expect(isoOffsetMinutes('2020-07-15')).to.equal(undefined);
  });
});
