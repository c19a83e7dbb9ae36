import type { Money } from '../../../domain/money.js';
import type { CodeName, Place } from '../../../domain/project.js';
import type { ProjectFactPath } from '../incoming.js';

/** Names of referenced records, for showing references in a report. */
export interface ReferenceNames {
  programme(id: number): string;
  organisation(id: number): string;
  topic(id: number): string;
}

/** `1015798.80 PLN`: exact, from minor units, never through a float. */
export function describeMoney(money: Money): string {
  const digits = String(Math.abs(money.amount)).padStart(3, '0');
  return `${money.amount < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)} ${money.currency}`;
}

function isMoney(value: unknown): value is Money {
  return typeof value === 'object' && value !== null && 'amount' in value && 'currency' in value;
}

/**
 * A fact's value as a report shows it to a person: amounts with their currency, dates as
 * written, places by their labels, references by name; an empty value as "—".
 */
export function describeFact(path: ProjectFactPath, value: unknown, names: ReferenceNames): string {
  if (value === null || value === undefined || value === '') return '—';
  if (path === 'programme') return names.programme(value as number);
  if (path === 'beneficiary') return names.organisation(value as number);
  if (path === 'topics') return (value as number[]).map((id) => names.topic(id)).join(', ') || '—';
  if (path === 'partners') {
    const partners = value as { organisationId: number; role: string }[];
    return (
      partners.map((partner) => `${names.organisation(partner.organisationId)} (${partner.role})`).join('; ') || '—'
    );
  }
  if (path === 'places') return (value as Place[]).map((place) => place.label).join(' | ') || '—';
  if (path === 'funds') return (value as string[]).join(', ') || '—';
  if (path === 'priorityAxis' || path === 'measure' || path === 'subMeasure') {
    const codeName = value as CodeName;
    return [codeName.code, codeName.name].filter((part) => part !== '').join(' ');
  }
  if (isMoney(value)) return describeMoney(value);
  if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 197)}…` : value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return `${value.length} item${value.length === 1 ? '' : 's'}`;
  return JSON.stringify(value);
}
