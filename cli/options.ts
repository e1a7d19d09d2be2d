// Numeric options checked where they are parsed: "--depth abc" is a mistake to name, not
// a NaN that quietly exports nothing.
import { InvalidArgumentError } from 'commander';

/** A commander option parser for a whole number in [min, max]. */
export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(max === Number.MAX_SAFE_INTEGER ? `a whole number of at least ${min} is expected` : `a whole number from ${min} to ${max} is expected`);
    }
    return n;
  };
}
