// The genre's vocabulary as data, one file a domain under lexicon/: people (honorifics,
// surnames, titles, degrees), organisations (legal forms, exchanges, auditors, party words),
// roles and committees. Rules read these lists; adding a word there extends every rule that
// uses it.
export * from './lexicon/people.ts';
export * from './lexicon/organizations.ts';
export * from './lexicon/roles.ts';
