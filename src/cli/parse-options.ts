import { InvalidArgumentError } from 'commander';

/** Parses a whole number option within bounds, for commander; rejects "12abc" and "-1". */
export function wholeNumber(min: number, max: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`must be a whole number between ${min} and ${max}.`);
    const number = Number(value);
    if (number < min || number > max) throw new InvalidArgumentError(`must be between ${min} and ${max}.`);
    return number;
  };
}
