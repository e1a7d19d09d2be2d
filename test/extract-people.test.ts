// People in plain text: which names a sentence gives, with or without honorifics, and how
// short forms resolve (our own sentences, made-up people).
import { describe, expect, it } from 'vitest';
import { findHonorificPeople, findNamedPeople, findPlainPeople, findSignaturePeople, isNameWord } from '../pipeline/extract/mentions/people.ts';
import { tagWindows } from '../pipeline/extract/names.ts';
import { factsOf } from './helpers/extract.ts';

const NAMED: Array<[string, string[]]> = [
  // A given name from the datasets, or a genre surname, makes a name by itself.
  ['Oliver Brandt and Miriam Okafor were elected to the board.', ['Oliver Brandt', 'Miriam Okafor']],
  ['Zou Tao and Qu Jingyuan attended the meeting.', ['Zou Tao', 'Qu Jingyuan']],
  ['The committee thanked Wei-Lun Chen for her service.', ['Wei-Lun Chen']],
  ['Peter J. Adams will lead the team.', ['Peter J. Adams']],
  // The genre's places for a name make an unknown name a person.
  ['Ode Fairweather, aged 57, is an executive Director.', ['Ode Fairweather']],
  ['Tamsin Ekwueme, 49, has served as our controller since 2019.', ['Tamsin Ekwueme']],
  ['"We grew," said Ravindra Kulkarni, chief executive officer of Norvane Inc.', ['Ravindra Kulkarni']],
  ['Okonkwo Abara said the plant would reopen.', ['Okonkwo Abara']],
  ['The report was reviewed by Chief Financial Officer Ilse Vandermeer.', ['Ilse Vandermeer']],
  ['Yusuf Erdogan (Chairman) chaired the meeting.', ['Yusuf Erdogan']],
  // Titles, places and organisations in capitals are nobody.
  ['The Chief Executive Officer and the Board of Directors met in Hong Kong.', []],
  ['Morgan Stanley & Co. LLC acted as placing agent.', []],
  ['Georgia Power Company filed a rate plan in May.', []],
];

describe('people without honorifics', () => {
  it.each(NAMED)('%s', (sentence, names) => {
    expect(findNamedPeople(sentence).map((m) => m.name)).toEqual(names);
  });

  it('keeps a final "s" that belongs to the name', () => {
    expect(findPlainPeople('John Adams and Mary Wells were elected as directors.').map((m) => m.name)).toEqual(['John Adams', 'Mary Wells']);
    expect(findNamedPeople('Thomas Evans, aged 61, joined in 2001.').map((m) => m.name)).toEqual(['Thomas Evans']);
  });

  it('reads honorifics from the lexicon, "Messrs." with each surname', () => {
    expect(findHonorificPeople('Mr. Lau Chi Wai and Ms. Ortega met Dr Keane.').map((m) => [m.name, m.short])).toEqual([['Lau Chi Wai', false], ['Ortega', true], ['Keane', true]]);
    expect(findHonorificPeople('Messrs. Halvorsen and Ibekwe resigned.').map((m) => m.name)).toEqual(['Halvorsen', 'Ibekwe']);
  });

  it('reads signers after "/s/" and "Name:", the name typed once', () => {
    expect(findSignaturePeople('By: /s/Dmitri Vasquez Dmitri Vasquez Chief Executive Officer').map((m) => m.name)).toEqual(['Dmitri Vasquez']);
    expect(findSignaturePeople('Name: R. Andrew Keller III').map((m) => m.name)).toEqual(['R. Andrew Keller III']);
  });
});

describe('what the tagger is given', () => {
  it('a run of capitalised words only when it holds a given name (also one that is a word) or a genre surname', () => {
    const table: Array<[string, boolean]> = [['Martin', true], ['Jan', true], ['Wang', true], ['Reverse', false], ['Warrants', false], ['Programme', false]];
    for (const [word, expected] of table) expect(isNameWord(word), word).toBe(expected);
  });

  it('the words around each run, not the whole sentence: windows of whole words, merged where they meet', () => {
    const filler = 'the board noted that the results of the year were in line with what it had expected ';
    const text = `${filler}Martin Small ${filler}${filler}and Doug Petno with Troy Rohrbaugh ${filler}`;
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;
    const ws = tagWindows(text, [at('Martin Small'), at('Doug Petno'), at('Troy Rohrbaugh')]);
    expect(ws).toHaveLength(2);
    for (const w of ws) {
      expect(w.from === 0 || /\s/.test(text[w.from - 1])).toBe(true);
      expect(w.to === text.length || /\s/.test(text[w.to])).toBe(true);
    }
    expect(text.slice(ws[0].from, ws[0].to)).toContain('Martin Small');
    expect(text.slice(ws[1].from, ws[1].to)).toContain('Doug Petno with Troy Rohrbaugh');
    expect(ws[0].to - ws[0].from).toBeLessThan(text.length / 2);
  });
});

describe('short forms resolve to the full name', () => {
  it('"Ms. Raman" and "Raman" become the document\'s full name', async () => {
    const facts = await factsOf(`Norvane Holdings Limited\n\nANNOUNCEMENT\n\nPriya Raman, aged 52, has been the chief operating officer of the Company since March 2018. Ms. Raman, 52, joined the Company in 2011.\n\n"Our teams delivered," Raman said.\n`);
    const people = new Set(facts.filter((f) => f.type === 'position' || f.type === 'person_attribute').map((f) => f.person));
    expect([...people]).toEqual(['Priya Raman']);
  });
});
