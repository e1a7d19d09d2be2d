// Keys for entity identity across documents: case, punctuation, white space and the
// usual spellings of legal forms folded, so "Co., Ltd." and "Company Limited" meet.
// Invisible characters go first (cleanName), so a key never depends on them.
import { cleanName } from './clean.ts';
import { memo } from './memo.ts';
import { LEGAL_FORM_KEYS } from '../extract/lexicon/organizations.ts';
import { HONORIFIC_PREFIX } from '../extract/lexicon/people.ts';

/** Fold case, punctuation and white space (the spec's matching rule for names). */
export const fold: (s: string) => string = memo((s) =>
  cleanName(s)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
);

/** A key for an organisation's name: folded, legal forms unified, leading "the" dropped. */
export const orgKey: (name: string) => string = memo((name) => {
  let s = cleanName(name).normalize('NFKC').toLowerCase().replace(/^the\s+/, '');
  for (const [re, to] of LEGAL_FORM_KEYS) s = s.replace(re, to);
  return 'org:' + fold(s);
});

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
