// Roles and committees as data: the spec's role names and the phrases that say them.

/**
 * Roles: phrase (lower case; a plural "s" and "-"/" " are allowed when matching) to the
 * spec's role name. Matched longest phrase first. Offices that are not the spec's list keep
 * their own name ("deputy chairman", "alternate director", "treasurer"): an office is not
 * another one because it is similar.
 */
export const ROLES: Array<[string, string]> = [
  ['independent non-executive director', 'independent non-executive director'],
  ['independent non executive director', 'independent non-executive director'],
  ['independent nonexecutive director', 'independent non-executive director'],
  ['ined', 'independent non-executive director'],
  ['lead independent director', 'lead independent director'],
  ['independent director', 'independent director'],
  ['non-executive director', 'non-executive director'],
  ['non executive director', 'non-executive director'],
  ['nonexecutive director', 'non-executive director'],
  ['executive director', 'executive director'],
  ['alternate director', 'alternate director'],
  ['member of the board of directors', 'director'],
  ['member of the board', 'director'],
  ['board member', 'director'],
  ['class i director', 'director'],
  ['class ii director', 'director'],
  ['class iii director', 'director'],
  ['director', 'director'],
  ['vice chairman of the board', 'vice chairman'],
  ['vice-chairman of the board', 'vice chairman'],
  ['vice chairperson', 'vice chairman'],
  ['vice chairwoman', 'vice chairman'],
  ['vice chair', 'vice chairman'],
  ['vice chairman', 'vice chairman'],
  ['vice-chairman', 'vice chairman'],
  ['deputy chairman', 'deputy chairman'],
  ['executive chairman', 'chairman'],
  ['non-executive chairman', 'chairman'],
  ['independent chairman', 'chairman'],
  ['chairman of the board', 'chairman'],
  ['chairwoman of the board', 'chairman'],
  ['chairperson of the board', 'chairman'],
  ['chair of the board', 'chairman'],
  ['board chair', 'chairman'],
  ['chairman', 'chairman'],
  ['chairwoman', 'chairman'],
  ['chairperson', 'chairman'],
  ['acting chief executive officer', 'acting chief executive officer'],
  ['acting ceo', 'acting chief executive officer'],
  ['interim chief executive officer', 'acting chief executive officer'],
  ['interim ceo', 'acting chief executive officer'],
  ['co-chief executive officer', 'co-chief executive officer'],
  ['chief executive officer', 'chief executive officer'],
  ['chief executive', 'chief executive officer'],
  ['ceo', 'chief executive officer'],
  ['chief financial officer', 'chief financial officer'],
  ['cfo', 'chief financial officer'],
  ['chief operating officer', 'chief operating officer'],
  ['coo', 'chief operating officer'],
  ['chief technology officer', 'chief technology officer'],
  ['cto', 'chief technology officer'],
  ['chief accounting officer', 'chief accounting officer'],
  ['principal accounting officer', 'principal accounting officer'],
  ['principal financial officer', 'principal financial officer'],
  ['principal executive officer', 'principal executive officer'],
  ['joint company secretary', 'company secretary'],
  ['company secretary', 'company secretary'],
  ['corporate secretary', 'corporate secretary'],
  ['secretary', 'secretary'],
  ['authorised representative', 'authorised representative'],
  ['authorized representative', 'authorised representative'],
  ['process agent', 'process agent'],
  ['compliance officer', 'compliance officer'],
  ['co-president', 'co-president'],
  ['president', 'president'],
  ['managing director', 'managing director'],
  ['general manager', 'general manager'],
  ['general counsel', 'general counsel'],
  ['treasurer', 'treasurer'],
  ['controller', 'controller'],
];

/**
 * Officer titles outside the list, as a small grammar: "Chief Risk Officer", "Executive Vice
 * President", "Senior Vice President, Finance" (the comma part is not kept). Lower case.
 */
export const OFFICER_TITLE =
  /^(?:(?:senior|executive|group|corporate|deputy|assistant|associate)\s+)*(?:vice\s+)?president\b|^(?:(?:acting|interim|deputy|co-)\s*)?chief\s+(?:[a-z&-]+\s+){1,3}officer\b|^(?:deputy|assistant)\s+(?:general\s+manager|company\s+secretary|treasurer|controller)\b/;

/** Committee names the genre uses, without the word "Committee". */
export const COMMITTEE_NAMES = [
  'Audit', 'Audit and Risk Management', 'Audit and Risk', 'Audit and Compliance', 'Nomination', 'Remuneration', 'Remuneration and Nomination', 'Nomination and Remuneration',
  'Compensation', 'Compensation and Talent', 'Human Resources and Compensation', 'Risk Management', 'Risk', 'Corporate Governance', 'Governance',
  'Strategy', 'Strategic', 'Strategy and Development', 'Strategy and Investment', 'Executive', 'Investment', 'Finance', 'Technology', 'Operating', 'Valuation',
  'Environmental, Social and Governance', 'ESG', 'Sustainability', 'Sustainable Development', 'Corporate Social Responsibility', 'CSR',
  'Nominating and Corporate Governance', 'Nominating and Governance', 'Nominating', 'Independent Board', 'Independent Directors', 'Disclosure',
];

/** Committees that are not a company's own (the exchange's), never a member's role. */
export const NOT_COMMITTEES = /^(?:Listing|Takeovers|Securities and Futures|Basel)\b/i;

/** Acronyms kept in capitals in committee names. */
export const COMMITTEE_ACRONYMS = new Set(['ESG', 'CSR', 'IT', 'AI']);
