/**
 * A counter of writes made through this process's repositories. The search engine checks the
 * database for changes at most every few milliseconds (the check costs a lock round trip);
 * after a write of its own it checks on every request for a while, so what was just saved
 * is what the next page shows.
 */
let epoch = 0;

export function noteLocalWrite(): void {
  epoch += 1;
}

export function localWriteEpoch(): number {
  return epoch;
}
