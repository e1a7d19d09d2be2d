// Organisations' vocabulary as data: legal forms, institution and government heads, exchanges,
// audit firms, the generic party nouns announcements define.

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

/** Generic nouns an announcement defines as aliases of parties (the “Vendor”). */
export const PARTY_WORDS = ['Company', 'Group', 'Board', 'Vendor', 'Purchaser', 'Subscriber', 'Placing Agent', 'Target Company', 'Target', 'Issuer', 'Offeror', 'Seller', 'Buyer', 'Transferor', 'Transferee', 'Guarantor', 'Underwriter'];
