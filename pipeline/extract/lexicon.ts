// The genre's vocabulary as data: honorifics, legal forms, roles, committees,
// exchanges, auditors, degrees. Rules elsewhere read these lists; adding a word here
// extends every rule that uses it.

export const HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Professor', 'Madam', 'Mdm', 'Sir', 'Dame'];
export const MALE = new Set(['mr', 'sir']);
export const FEMALE = new Set(['mrs', 'ms', 'miss', 'madam', 'mdm', 'dame']);

/** Legal forms that end an organisation's name, longest first. */
export const LEGAL_SUFFIXES = [
  'Co\\.,? Ltd\\.', 'Co\\., Limited', 'Company Limited', 'Corporation Limited', 'Holdings Limited', 'Group Limited',
  'Limited', 'Ltd\\.?', 'Corporation', 'Corp\\.', 'Incorporated', 'Inc\\.', 'Inc\\b', 'plc', 'PLC', 'LLC', 'L\\.L\\.C\\.', 'L\\.P\\.', 'LLP',
  'N\\.A\\.', 'S\\.A\\.', 'AG', 'GmbH', 'B\\.V\\.', 'Pte\\. Ltd\\.', 'Holdings', 'Group', '& Co\\.', 'Company', 'Bank', 'Trust',
];

/** Words that head institutions without a legal form. */
export const INSTITUTION_HEADS = ['University', 'Institute', 'College', 'Polytechnic', 'Academy', 'School'];
export const GOVERNMENT_HEADS = ['Department', 'Ministry', 'Commonwealth', 'Government', 'Bureau', 'Commission', 'State', 'Office', 'Agency', 'Administration'];

/** Exchanges: a pattern and the canonical name. */
export const EXCHANGES: Array<[RegExp, string]> = [
  [/\b(?:The )?Stock Exchange of Hong Kong(?: Limited)?|\bHong Kong Stock Exchange\b|\bHKEx\b|\bHKEX\b|\bMain Board of the Stock Exchange\b/i, 'Hong Kong Stock Exchange'],
  [/\bNasdaq(?: Global Select Market| Global Market| Capital Market| Stock Market(?: LLC)?)?\b|\bThe Nasdaq Stock Market LLC\b/i, 'Nasdaq'],
  [/\bNew York Stock Exchange\b|\bNYSE\b/, 'New York Stock Exchange'],
  [/\bShanghai Stock Exchange\b/, 'Shanghai Stock Exchange'],
  [/\bShenzhen Stock Exchange\b/, 'Shenzhen Stock Exchange'],
  [/\bLondon Stock Exchange\b/, 'London Stock Exchange'],
  [/\bSingapore Exchange\b|\bSGX\b/, 'Singapore Exchange'],
];

/** Audit firms (names as usually written). */
export const AUDITORS = [
  'Ernst & Young', 'PricewaterhouseCoopers', 'KPMG', 'Deloitte Touche Tohmatsu', 'Deloitte & Touche LLP', 'BDO Limited', 'Grant Thornton',
  'Mazars', 'Crowe', 'RSM', 'HLB Hodgson Impey Cheng Limited', 'SHINEWING', 'Moore Stephens', 'ZHONGHUI ANDA',
];

/** Roles: phrase (lower case, plural allowed) to the spec's role name. Longest phrase first when matching. */
export const ROLES: Array<[string, string]> = [
  ['independent non-executive director', 'independent non-executive director'],
  ['independent non executive director', 'independent non-executive director'],
  ['independent director', 'independent non-executive director'],
  ['non-executive director', 'non-executive director'],
  ['non executive director', 'non-executive director'],
  ['executive director', 'executive director'],
  ['member of the board of directors', 'director'],
  ['member of the board', 'director'],
  ['class i director', 'director'],
  ['class ii director', 'director'],
  ['class iii director', 'director'],
  ['director', 'director'],
  ['vice chairman of the board', 'vice chairman'],
  ['vice-chairman of the board', 'vice chairman'],
  ['deputy chairman of the board', 'vice chairman'],
  ['vice chairman', 'vice chairman'],
  ['vice-chairman', 'vice chairman'],
  ['deputy chairman', 'vice chairman'],
  ['chairman of the board', 'chairman'],
  ['chairwoman of the board', 'chairman'],
  ['chair of the board', 'chairman'],
  ['chairman', 'chairman'],
  ['chairwoman', 'chairman'],
  ['acting chief executive officer', 'acting chief executive officer'],
  ['acting ceo', 'acting chief executive officer'],
  ['interim chief executive officer', 'acting chief executive officer'],
  ['chief executive officer', 'chief executive officer'],
  ['ceo', 'chief executive officer'],
  ['chief financial officer', 'chief financial officer'],
  ['cfo', 'chief financial officer'],
  ['chief operating officer', 'chief operating officer'],
  ['coo', 'chief operating officer'],
  ['chief technology officer', 'chief technology officer'],
  ['chief accounting officer', 'chief accounting officer'],
  ['principal accounting officer', 'principal accounting officer'],
  ['company secretary', 'company secretary'],
  ['joint company secretary', 'company secretary'],
  ['corporate secretary', 'corporate secretary'],
  ['co-president', 'co-president'],
  ['president', 'president'],
  ['general counsel', 'general counsel'],
  ['treasurer', 'treasurer'],
];

/** Titles seen in biographies and signatures, beyond the roles above. */
export const TITLE_WORDS =
  /\b(?:(?:senior |executive |deputy |assistant |associate )?vice president|president|managing director|general manager|deputy general manager|manager|engineer|partner|analyst|consultant|secretary|governor|treasurer|controller|counsel|head|officer|chairman|chairwoman|director|founder|co-founder|chief [a-z]+ officer|acting chief executive officer|CEO|CFO|COO|CTO|supervisor|professor|lecturer|researcher|accountant|auditor)\b/i;

export const COMMITTEE_NAMES = [
  'Audit', 'Audit and Risk Management', 'Audit and Risk', 'Nomination', 'Remuneration', 'Compensation', 'Risk Management', 'Corporate Governance',
  'Strategy', 'Strategic', 'Executive', 'Investment', 'Environmental, Social and Governance', 'ESG', 'Sustainability', 'Nominating and Corporate Governance',
  'Nominating and Governance', 'Nominating', 'Finance', 'Technology', 'Risk',
];

export const DEGREES: Array<[RegExp, string]> = [
  [/\b(?:doctor(?:al|ate)?(?:'s|’s)? degree|doctor of philosophy|ph\.?\s?d\.?|doctorate|d\.phil)/i, 'doctor'],
  [/\b(?:MBA|M\.B\.A\.|master of business administration|EMBA|executive master of business administration)\b/i, 'MBA'],
  [/\b(?:master(?:'s|’s)? degree|master of|masters? degree|M\.S\.|M\.Sc\.?|MSc|M\.A\.|LL\.M\.?|MPhil|M\.Phil\.?)/i, 'master'],
  [/\b(?:bachelor(?:'s|’s)? degree|bachelor of|B\.S\.|B\.Sc\.?|BSc|B\.A\.|BBA|B\.Eng\.?|LL\.B\.?|B\.Com\.?|undergraduate degree)/i, 'bachelor'],
  [/\b(?:diploma|associate degree)\b/i, 'diploma'],
];

/** Generic nouns an announcement defines as aliases of parties (the “Vendor”). */
export const PARTY_WORDS = ['Company', 'Group', 'Board', 'Vendor', 'Purchaser', 'Subscriber', 'Placing Agent', 'Target Company', 'Target', 'Issuer', 'Offeror', 'Seller', 'Buyer', 'Transferor', 'Transferee', 'Guarantor', 'Underwriter'];

/**
 * Common Chinese surnames in pinyin and Hong Kong romanisation. compromise knows people from
 * a built-in name list of mostly Western names; these teach it that "Zou Tao" and
 * "Qu Jingyuan" are people too.
 */
export const CHINESE_SURNAMES = [
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Gao', 'Lin', 'Luo',
  'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Han', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong', 'Yuan', 'Pan', 'Cai', 'Jiang',
  'Yu', 'Du', 'Ye', 'Cheng', 'Su', 'Wei', 'Lu', 'Ding', 'Ren', 'Shen', 'Yao', 'Jin', 'Fu', 'Zhong', 'Cui', 'Tan', 'Qiu', 'Qin', 'Shi', 'Xiong',
  'Meng', 'Qu', 'Zou', 'Lei', 'Kong', 'Bai', 'Mao', 'Hao', 'Gu', 'Hou', 'Shao', 'Wan', 'Qian', 'Yan', 'Yin', 'Duan', 'Lei', 'Fan', 'Fang',
  'Chan', 'Wong', 'Lee', 'Cheung', 'Lau', 'Ho', 'Ng', 'Leung', 'Kwok', 'Chow', 'Tsang', 'Lam', 'Yeung', 'Choi', 'Fung', 'Ko', 'Tse', 'Yip', 'Poon',
  'Kwan', 'Mak', 'Siu', 'Tsui', 'Lai', 'Chiu', 'Hui', 'Au', 'Chung', 'Cheng', 'Chu', 'Kong', 'Law', 'Lo', 'Pang', 'Sze', 'Tam', 'Wai', 'Yuen',
];
