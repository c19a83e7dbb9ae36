import { describe, expect, it } from 'vitest';
import { rowProblemText } from '../row-problem.js';
import { readCoordinates } from './coordinates.js';
import { countryCode } from './countries.js';
import { guessOrganisationKind } from './organisation-kind.js';
import { readAmount } from './parse-amount.js';
import { readDate } from './parse-date.js';
import { readFunds } from './parse-funds.js';
import { applyRate, readRate } from './parse-rate.js';
import { readPolishPlaces } from './polish-places.js';
import { kohesioIdOf, readCodeName, readPeriod, readStatus } from './project-codes.js';

const minor = (cell: Parameters<typeof readAmount>[0], separator?: ',' | '.') => {
  const reading = readAmount(cell, separator);
  return reading.ok ? (reading.value?.minorUnits ?? null) : rowProblemText(reading.problem);
};

describe('amounts', () => {
  it.each([
    ['1 015 798,80', 101579880],
    ['1\u00a0015\u00a0798,80', 101579880],
    ['1\u202f015\u202f798,80 zł', 101579880],
    ['200626162.00', 20062616200],
    ['2.305372204E7', 2305372204],
    ['5.172.338,50 kn', 517233850],
    ['1,234,567.89', 123456789],
    ['12345.678', 1234568],
    ['0,5', 50],
    ['100', 10000],
    [1015798.8, 101579880],
    [23053722.04, 2305372204],
    [0.1 + 0.2, 30],
    ['', null],
    [null, null],
  ])('reads %j as %j minor units', (cell, expected) => {
    expect(minor(cell)).toBe(expected);
  });

  it('keeps the currency an amount names', () => {
    expect(readAmount('1 200,00 EUR')).toEqual({ ok: true, value: { minorUnits: 120000, currency: 'EUR' } });
    expect(readAmount('€ 15')).toEqual({ ok: true, value: { minorUnits: 1500, currency: 'EUR' } });
  });

  it('refuses what is not an amount, and what could be read two ways unless told', () => {
    expect(minor('abc')).toBe('"abc" is not a number');
    expect(minor('12 abc')).toBe('"12 abc" is not an amount');
    expect(minor('-5,00')).toBe('"-5,00" is negative');
    expect(minor('1.234')).toBe('"1.234" could be read two ways ("." as decimal or thousands separator)');
    expect(minor('1.234', ',')).toBe(123400);
    expect(minor('1.234', '.')).toBe(123);
    expect(minor('1,2,3')).toBe('"1,2,3" is not a number');
    expect(minor('9'.repeat(20))).toBe(`"${'9'.repeat(20)}" is too large`);
  });
});

describe('dates', () => {
  const iso = (cell: Parameters<typeof readDate>[0], options = {}) => {
    const reading = readDate(cell, options);
    return reading.ok ? reading.value : rowProblemText(reading.problem);
  };

  it.each([
    ['2018-07-01', '2018-07-01'],
    ['2018-07-01 00:00:00', '2018-07-01'],
    ['2018-07-01T12:30:00Z', '2018-07-01'],
    ['01/07/2018', '2018-07-01'],
    ['01.07.2018', '2018-07-01'],
    ['1.7.2018', '2018-07-01'],
    ['18.06.2015.', '2015-06-18'],
    ['20180701', '2018-07-01'],
    ['43282', '2018-07-01'],
    ['43282.75', '2018-07-01'],
    [43282, '2018-07-01'],
    [43282.999, '2018-07-01'],
    [new Date(Date.UTC(2018, 6, 1)), '2018-07-01'],
    ['', null],
  ])('reads %j as %j', (cell, expected) => {
    expect(iso(cell)).toBe(expected);
  });

  it('reads month first only when told, and counts from 1904 when the workbook does', () => {
    expect(iso('07/01/2018', { order: 'mdy' })).toBe('2018-07-01');
    expect(iso(41820, { from1904: true })).toBe('2018-07-01');
  });

  it('refuses dates that do not exist and numbers that are not dates', () => {
    expect(iso('2019-02-30')).toBe('"2019-02-30" is not a real date');
    expect(iso('31/02/2024')).toBe('"31/02/2024" is not a real date');
    expect(iso('wkrótce')).toBe('"wkrótce" is not a date');
    expect(iso(12)).toBe('"12" is not a date');
  });
});

describe('co-financing rates', () => {
  it.each([
    ['85', 850_000],
    ['85,00', 850_000],
    ['85 %', 850_000],
    ['0.85', 850_000],
    [0.85, 850_000],
    [85, 850_000],
    ['94,29', 942_900],
    ['1', 1_000_000],
    ['100', 1_000_000],
  ])('reads %j as %j parts per million', (cell, expected) => {
    expect(readRate(cell, ',')).toEqual({ ok: true, value: expected });
  });

  it('refuses rates above 100 % and applies rates exactly', () => {
    expect(readRate('120')).toEqual({ ok: false, problem: { code: 'rate_above_100', words: { value: '"120"' } } });
    expect(applyRate(123456789, 850_000)).toBe(104938271);
    expect(applyRate(1234567890, 600_000)).toBe(740740734);
  });
});

describe('places of the official lists', () => {
  it('reads voivodeship, county and gmina, dropping the gmina type even cut short', () => {
    const places = readPolishPlaces(
      'WOJ.: MAŁOPOLSKIE, POW.: krakowski, GM.: Skawina - gmina miejsko-wiejska | WOJ.: PODLASKIE, POW.: hajnowski, GM.: Hajnówka - Gmina wi',
    );
    expect(places.map((place) => [place.voivodeship, place.county, place.municipality, place.label])).toEqual([
      ['małopolskie', 'krakowski', 'Skawina', 'gmina Skawina (pow. krakowski, woj. małopolskie)'],
      ['podlaskie', 'hajnowski', 'Hajnówka', 'gmina Hajnówka (pow. hajnowski, woj. podlaskie)'],
    ]);
  });

  it('reads a nationwide project, a voivodeship alone, and repeated parts once', () => {
    expect(readPolishPlaces('Cały Kraj')).toEqual([expect.objectContaining({ label: 'Cały kraj', country: 'PL' })]);
    expect(readPolishPlaces('WOJ.: SLASKIE | WOJ.: ŚLĄSKIE')).toEqual([
      expect.objectContaining({ label: 'województwo śląskie', voivodeship: 'śląskie', county: null }),
    ]);
  });
});

describe('funds, codes and names', () => {
  it('reads funds in Polish, English and short', () => {
    const funds = (text: string) => {
      const reading = readFunds(text);
      return reading.ok ? reading.value : rowProblemText(reading.problem);
    };
    expect(funds('Europejski Fundusz Rozwoju Regionalnego')).toEqual({
      funds: ['ERDF'],
      isTerritorialCooperation: false,
    });
    expect(funds('EFS+')).toEqual({ funds: ['ESF+'], isTerritorialCooperation: false });
    expect(funds('ERDF|ESF')).toEqual({ funds: ['ERDF', 'ESF'], isTerritorialCooperation: false });
    expect(funds('EFRR - EWT')).toEqual({ funds: ['ERDF'], isTerritorialCooperation: true });
    expect(funds('FST')).toEqual({ funds: ['JTF'], isTerritorialCooperation: false });
    expect(funds('Fundusz Sprawiedliwości')).toMatch(/is not a fund we know/);
  });

  it('splits priority axes and measures into code and name', () => {
    expect(readCodeName('IV Innowacje społeczne')).toEqual({ code: 'IV', name: 'Innowacje społeczne' });
    expect(readCodeName('4.3 Współpraca ponadnarodowa')).toEqual({ code: '4.3', name: 'Współpraca ponadnarodowa' });
    expect(readCodeName('Oś priorytetowa 4: Gospodarka niskoemisyjna')).toEqual({
      code: '4',
      name: 'Gospodarka niskoemisyjna',
    });
    expect(readCodeName('FENG.01.01 Ścieżka SMART')).toEqual({ code: 'FENG.01.01', name: 'Ścieżka SMART' });
    expect(readCodeName('Rewitalizacja')).toEqual({ code: '', name: 'Rewitalizacja' });
  });

  it('reads statuses, periods, countries, Kohesio ids and organisation kinds', () => {
    expect(readStatus('w trakcie realizacji')).toEqual({ ok: true, value: 'in_progress' });
    expect(readStatus('Zakończony')).toEqual({ ok: true, value: 'completed' });
    expect(readPeriod('2014 - 2020')).toEqual({ ok: true, value: '2014-2020' });
    expect(readPeriod('2021-27')).toEqual({ ok: true, value: '2021-2027' });
    expect(countryCode('Poland')).toBe('PL');
    expect(countryCode('Hrvatska')).toBe('HR');
    expect(countryCode('EL')).toBe('GR');
    expect(kohesioIdOf('https://linkedopendata.eu/entity/Q2847123')).toBe('Q2847123');
    expect(guessOrganisationKind('GMINA MIASTO KRAKÓW')).toBe('municipality');
    expect(guessOrganisationKind('Politechnika Białostocka')).toBe('university');
    expect(guessOrganisationKind('BIOTECH SPÓŁKA Z O.O.')).toBe('company');
    expect(guessOrganisationKind('Fundacja Wspólna Droga')).toBe('ngo');
    expect(guessOrganisationKind('Jan Kowalski')).toBe('other');
  });

  it('reads coordinates latitude first, or as WKT points longitude first', () => {
    expect(readCoordinates('50.0647,19.945')).toEqual({ ok: true, value: [{ latitude: 50.0647, longitude: 19.945 }] });
    expect(readCoordinates('Point(19.945 50.0647)')).toEqual({
      ok: true,
      value: [{ latitude: 50.0647, longitude: 19.945 }],
    });
    expect(readCoordinates('95, 10')).toEqual({
      ok: false,
      problem: { code: 'not_coordinates', words: { value: '"95, 10"' } },
    });
  });
});
