// Keys for entity identity across documents: case, punctuation, white space and the
// usual spellings of legal forms folded, so "Co., Ltd." and "Company Limited" meet.
import { HONORIFIC_PREFIX } from '../extract/lexicon/people.ts';

const LEGAL_FORMS: Array<[RegExp, string]> = [
  [/\bcompany limited\b/g, 'co ltd'],
  [/\bco\.?,?\s*ltd\.?/g, 'co ltd'],
  [/\blimited\b/g, 'ltd'],
  [/\bcorporation\b/g, 'corp'],
  [/\bincorporated\b/g, 'inc'],
  [/\bcompany\b/g, 'co'],
  [/\bholdings?\b/g, 'holdings'],
];

/** Fold case, punctuation and white space (the spec's matching rule for names). */
export function fold(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A key for an organisation's name: folded, legal forms unified, leading "the" dropped. */
export function orgKey(name: string): string {
  let s = name.normalize('NFKC').toLowerCase().replace(/^the\s+/, '');
  for (const [re, to] of LEGAL_FORMS) s = s.replace(re, to);
  return 'org:' + fold(s);
}

export function personKey(name: string): string {
  return 'person:' + fold(name);
}

export function entityKey(kind: 'person' | 'organization', name: string): string {
  return kind === 'person' ? personKey(name) : orgKey(name);
}

/** Strip honorifics: "Mr. Zou Tao" -> "Zou Tao". */
export function stripHonorific(name: string): string {
  return name.replace(HONORIFIC_PREFIX, '').trim();
}
