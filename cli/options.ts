// Option values checked where commander reads them, so a mistake is one line before any work:
// "--depth abc" is a mistake to name, not a NaN that quietly exports nothing.
import { InvalidArgumentError } from 'commander';

/** A whole number in [min, max]; commander reports anything else as an invalid argument. */
export function integer(min: number, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!/^\s*-?\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(max === Number.MAX_SAFE_INTEGER ? `It must be a whole number of at least ${min}.` : `It must be a whole number from ${min} to ${max}.`);
    }
    return n;
  };
}
