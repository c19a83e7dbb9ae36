import type { Fund, ProgrammingPeriod } from '../../domain/codes.js';
import type { Currency, Money } from '../../domain/money.js';
import type { OrganisationRef } from '../../domain/organisation.js';
import type { ProgrammeRef } from '../../domain/programme.js';

/** Small converters from stored columns to domain values, shared by the repositories. */

export function toMoney(amount: number | string | bigint | null, currency: string): Money | null {
  if (amount === null) return null;
  return { amount: Number(amount), currency: currency as Currency };
}

export function toFunds(joined: string): Fund[] {
  return joined === '' ? [] : (joined.split(',') as Fund[]);
}

export function toBoolean(value: number | boolean): boolean {
  return value === true || value === 1;
}

export interface ProgrammeRefColumns {
  programme_slug: string | null;
  programme_code: string | null;
  programme_name: string | null;
  /** Optional so that queries which do not need the English name may leave it out. */
  programme_name_en?: string | null;
  programme_short_name: string | null;
  programme_period: string | null;
}

export function toProgrammeRef(row: ProgrammeRefColumns): ProgrammeRef | null {
  if (row.programme_slug === null) return null;
  return {
    slug: row.programme_slug,
    code: row.programme_code,
    name: row.programme_name ?? '',
    nameEn: row.programme_name_en ?? null,
    shortName: row.programme_short_name ?? '',
    period: row.programme_period as ProgrammingPeriod,
  };
}

export interface OrganisationRefColumns {
  slug: string | null;
  name: string | null;
  short_name: string | null;
  country: string | null;
  city: string | null;
}

export function toOrganisationRef(row: OrganisationRefColumns): OrganisationRef | null {
  if (row.slug === null) return null;
  return {
    slug: row.slug,
    name: row.name ?? '',
    shortName: row.short_name,
    country: row.country ?? '',
    city: row.city,
  };
}
