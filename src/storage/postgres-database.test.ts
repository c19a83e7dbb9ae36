import { describe, expect, it } from 'vitest';
import { describePostgresUrl } from './database-location.js';
import { postgresPoolConfig, spojniaTypeParsers } from './postgres-database.js';

const parse = (oid: number, text: string) => spojniaTypeParsers.getTypeParser(oid, 'text')(text);

describe('values from PostgreSQL', () => {
  it('brings bigint amounts and counts as numbers, refusing what a number cannot hold exactly', () => {
    expect(parse(20, '101579880')).toBe(101579880);
    expect(parse(20, '9007199254740991')).toBe(9007199254740991);
    expect(() => parse(20, '9007199254740993')).toThrow(/too large/);
  });

  it('brings numeric sums as numbers, and dates and timestamps as ISO text', () => {
    expect(parse(1700, '203159760')).toBe(203159760);
    expect(parse(1700, '0.25')).toBe(0.25);
    expect(parse(1082, '2024-02-29')).toBe('2024-02-29');
    expect(parse(1114, '2024-02-29 13:45:00.5')).toBe('2024-02-29T13:45:00.500Z');
    expect(parse(1184, '2024-02-29 13:45:00+01')).toBe('2024-02-29T12:45:00.000Z');
    expect(parse(16, 't')).toBe(true);
    expect(parse(25, 'tekst')).toBe('tekst');
  });
});

describe('PostgreSQL connection settings', () => {
  it('uses a bounded pool, a statement timeout and an application name, with the URL winning', () => {
    const config = postgresPoolConfig({ url: 'postgres://app:pw@db/spojnia', poolSize: 7, statementTimeoutMs: 5000 });
    expect(config).toMatchObject({ max: 7, statement_timeout: 5000, application_name: 'spojnia' });
    expect(postgresPoolConfig({ url: 'postgres://db/x', statementTimeoutMs: 0 }).statement_timeout).toBe(false);
  });

  it('describes a URL without its password', () => {
    expect(describePostgresUrl('postgres://app:s3cr%40t@db.example.org:6432/spojnia?sslmode=require')).toBe(
      'postgres://app@db.example.org:6432/spojnia',
    );
    expect(describePostgresUrl('not a url')).not.toContain('not a url');
  });
});
