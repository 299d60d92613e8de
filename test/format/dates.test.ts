import { expect } from '@open-wc/testing';
import { feedDateToIso, isIsoDateTime } from '../../src/format/dates.js';

describe('isIsoDateTime', () => {
  it('accepts ISO 8601 date-times with an offset', () => {
    for (const date of ['2020-07-15T10:00+07:00', '2020-07-15T10:00:00Z', '2020-07-15T23:59:59.123456789-03:30', '2024-02-29T00:00:00Z', '2000-02-29T00:00Z']) {
      expect(isIsoDateTime(date), date).to.equal(true);
    }
  });

  it('refuses other spellings and impossible dates', () => {
    for (const date of [
      '2020-07-15T10:00:00', '2020-07-15', '2020-07-15 10:00:00Z', '2020-07-15t10:00:00z', '2020-7-15T10:00:00Z',
      '2020-13-01T00:00:00Z', '2020-04-31T00:00:00Z', '2020-02-30T00:00:00Z', '2021-02-29T00:00:00Z', '1900-02-29T00:00:00Z',
      '2020-07-15T24:00:00Z', '2020-07-15T10:60:00Z', '2020-07-15T10:00:60Z', '2020-07-15T10:00:00+0700', '2020-07-15T10:00:00+24:00',
      'Wed, 15 Jul 2020 10:00:00 +0700', '',
    ]) {
      expect(isIsoDateTime(date), date).to.equal(false);
    }
  });
});

describe('feedDateToIso', () => {
  it('keeps ISO 8601 dates as they are', () => {
    expect(feedDateToIso(' 2020-07-15T10:00:00+07:00 ')).to.equal('2020-07-15T10:00:00+07:00');
  });

  it('converts RFC 822 dates, keeping their offset', () => {
    expect(feedDateToIso('Wed, 15 Jul 2020 18:30:00 +0700')).to.equal('2020-07-15T18:30:00+07:00');
    expect(feedDateToIso('15 Jul 2020 18:30 GMT')).to.equal('2020-07-15T18:30:00Z');
    expect(feedDateToIso('Mon, 6 Jan 20 08:05:09 EST')).to.equal('2020-01-06T08:05:09-05:00');
    expect(feedDateToIso('Mon,  6 Jan 99 08:05:09 pdt')).to.equal('1999-01-06T08:05:09-07:00');
    expect(feedDateToIso('Sun, 16 Feb 2025 08:05')).to.equal('2025-02-16T08:05:00Z');
  });

  it('gives undefined for anything else', () => {
    for (const text of ['hôm qua', '31/03/2025', 'Wed, 15 Foo 2020 10:00:00 +0700', '15 Jul 2020 10:00:00 XYZ', '30 Feb 2020 10:00:00 GMT', `${' '.repeat(100)}2020`]) {
      expect(feedDateToIso(text), text).to.equal(undefined);
    }
  });
});
