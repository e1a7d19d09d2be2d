// Organisations' vocabulary as data: legal forms, the words that head names without one,
// words that open sentences but never names, institution and government heads, exchanges,
// audit firms, the generic party nouns announcements define. The only place legal forms are
// spelled out: mentions, sentence splitting, name keys and issuer blocks read them from here.

/**
 * Legal forms that close a name and after which a name goes on only with another legal form
 * ("Kingsoft Corporation Limited" closes on its second). Written as regex sources; an upper-case
 * variant of each is derived ("LIMITED", "CO., LTD.").
 */
export const LEGAL_FORMS_CLOSING = [
  'Co\\.,?\\s?Ltd\\.?', 'Co\\.,?\\s?Limited', 'Co,\\s?Ltd\\.?', 'Pte\\.?\\s?Ltd\\.?', 'Pty\\.?\\s?Ltd\\.?', 'Sdn\\.?\\s?Bhd\\.?',
  'Limited', 'Ltd\\.?', 'Incorporated', 'Inc\\.?', 'Corp\\.?', 'plc', 'LLC', 'L\\.L\\.C\\.', 'L\\.P\\.?', 'LP', 'LLP', 'L\\.L\\.P\\.',
  'N\\.A\\.', 'S\\.A\\.', 'AG', 'GmbH', 'B\\.V\\.?', 'N\\.V\\.', 'P\\.C\\.', 'S\\.r\\.l\\.', 'S\\.p\\.A\\.', 'F\\.S\\.B\\.', 'SE', 'K\\.K\\.',
];

/** Legal forms and name heads that may end a name but may also go on ("Trust Company of ..."). */
export const LEGAL_FORMS_OPEN = ['Corporation', 'Company', 'Holdings', 'Holding', 'Group', 'Bank', 'Trust', '& Co\\.', 'and Co\\.', 'Co\\.'];

/** Single words that are legal forms: never part of a person's name. */
export const LEGAL_FORM_WORDS = ['Limited', 'Ltd', 'Inc', 'Incorporated', 'Corporation', 'Corp', 'Company', 'Co', 'Holdings', 'Holding', 'Group', 'LLC', 'LLP', 'plc', 'PLC'];

/** The upper-case spelling of a regex source, escapes left alone ("Co\.,?\s?Ltd" -> "CO\.,?\s?LTD"). */
function upperSource(p: string): string {
  return p.replace(/(\\.)|([a-z])/g, (_m, esc: string | undefined, ch: string | undefined) => esc ?? ch!.toUpperCase());
}

/** One regex alternation of legal forms, as written and in capitals, longest first. */
export function legalFormsSource(forms: string[] = [...LEGAL_FORMS_CLOSING, ...LEGAL_FORMS_OPEN]): string {
  const all = [...new Set(forms.flatMap((f) => [f, upperSource(f)]))];
  return all.sort((a, b) => b.length - a.length).join('|');
}

/** Abbreviated legal forms that end in a period without ending a sentence. */
export const LEGAL_ABBREVIATIONS = ['Co', 'Ltd', 'Inc', 'Corp', 'Bhd', 'Pte', 'Pty', 'Cos'];

/** Spellings folded together in name keys, so "Co., Ltd." and "Company Limited" meet. */
export const LEGAL_FORM_KEYS: Array<[RegExp, string]> = [
  [/\bcompany limited\b/g, 'co ltd'],
  [/\bco\.?,?\s*ltd\.?/g, 'co ltd'],
  [/\blimited\b/g, 'ltd'],
  [/\bcorporation\b/g, 'corp'],
  [/\bincorporated\b/g, 'inc'],
  [/\bcompany\b/g, 'co'],
  [/\bholdings?\b/g, 'holdings'],
];

/**
 * Words that head an organisation's name without a legal form ("Arch Therapeutics",
 * "Aearo Technologies", "Brandom Advisors"): a capitalised run ending in one is a name where
 * the context allows an organisation.
 */
export const ORG_HEAD_WORDS = [
  'Therapeutics', 'Pharmaceuticals', 'Pharma', 'Biosciences', 'Bioscience', 'Biotech', 'Biologics', 'Technologies', 'Technology', 'Systems', 'Networks',
  'Solutions', 'Software', 'Semiconductor', 'Electronics', 'Communications', 'Telecom', 'Media', 'Entertainment', 'Capital', 'Partners', 'Advisors',
  'Advisers', 'Associates', 'Ventures', 'Investments', 'Securities', 'Financial', 'Finance', 'Fund', 'Funds', 'Asset Management', 'Management',
  'Bancorp', 'Bancshares', 'Insurance', 'Assurance', 'Energy', 'Power', 'Resources', 'Mining', 'Minerals', 'Oil', 'Gas', 'Petroleum', 'Chemicals',
  'Materials', 'Industries', 'Industrial', 'Manufacturing', 'Motors', 'Automotive', 'Airlines', 'Airways', 'Logistics', 'Shipping', 'Railway',
  'Properties', 'Realty', 'Real Estate', 'Development', 'Construction', 'Engineering', 'Healthcare', 'Health', 'Medical', 'Hospital', 'Labs',
  'Laboratories', 'Foods', 'Brands', 'Stores', 'Retail', 'Apparel', 'Enterprises', 'Enterprise', 'International', 'Global', 'Worldwide', 'Consulting',
  'Services', 'Trading', 'Exchange', 'Foundation', 'Partnership', 'Cooperative', 'Agency', 'Studios', 'Games', 'Interactive', 'Digital', 'Cloud', 'Labs',
];

/** Capitalised words that open a sentence or a clause and never a name (with months and weekdays). */
export const NAME_OPENERS = [
  'On', 'In', 'As', 'At', 'By', 'For', 'From', 'To', 'Of', 'Following', 'Pursuant', 'Upon', 'Save', 'During', 'Prior', 'Since', 'After', 'Before',
  'Further', 'Furthermore', 'Moreover', 'Also', 'Each', 'Both', 'Its', 'His', 'Her', 'Their', 'This', 'That', 'These', 'Those', 'Such', 'All', 'Any',
  'Our', 'We', 'If', 'When', 'Whereas', 'Under', 'With', 'Between', 'Among', 'While', 'Whilst', 'Although', 'Though', 'However', 'Regarding',
  'Accordingly', 'Additionally', 'Meanwhile', 'Thereafter', 'Therefore', 'Thus', 'Hence', 'Besides', 'Including', 'Through', 'Via', 'Within',
  'Unless', 'Where', 'Whether', 'Because', 'Since', 'Until', 'Once', 'Then', 'Now', 'Currently', 'Previously', 'Recently', 'Subsequently',
  'Visit', 'Contact', 'See', 'Note', 'Notes', 'Dear', 'Re', 'Subject', 'Attention', 'Letterhead', 'Investor Relations', 'Media Relations',
  'Mr', 'Ms', 'Mrs', 'Dr', 'A', 'An', 'And', 'Or', 'But', 'Nor', 'Not', 'No', 'Yes', 'It', 'He', 'She', 'They', 'You', 'I', 'Is', 'Was', 'Were',
  'Are', 'Has', 'Have', 'Had', 'Will', 'Would', 'Shall', 'Should', 'May', 'Might', 'Can', 'Could', 'Must', 'Do', 'Does', 'Did',
  'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
];

/**
 * Words that describe a kind of company rather than name one: a "name" made only of these (and
 * places) before a legal form ("Emerging Growth Company", "Delaware General Corporation",
 * "Parent Company", "JV Company") is no name.
 */
export const GENERIC_NAME_WORDS = [
  'Public', 'Private', 'Listed', 'Unlisted', 'Reporting', 'Smaller', 'Small', 'Large', 'Emerging', 'Growth', 'Parent', 'Holding', 'Operating',
  'Business', 'General', 'Limited', 'Liability', 'Joint', 'Stock', 'Venture', 'JV', 'Target', 'Shell', 'Investee', 'Associated', 'Associate',
  'Subsidiary', 'Subsidiaries', 'Offshore', 'Onshore', 'Foreign', 'Domestic', 'Investment', 'Management', 'Finance', 'Oil', 'Insurance',
  'Trust', 'Bank', 'Exempted', 'Exempt', 'Non', 'Profit', 'Nonprofit', 'Professional', 'Unlimited', 'Sole', 'Proprietary', 'Mutual', 'New',
  'Such', 'Same', 'Other', 'Relevant', 'Said', 'Registered', 'Independent', 'Accounting', 'Public Accounting', 'Operating Company', 'Commercial',
  'Incorporation', 'Corporate', 'Company', 'Group', 'Holdings', 'Corporation', 'Our', 'Your', 'Their', 'Its', 'The', 'Each', 'Any', 'Every',
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho',
  'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi',
  'Missouri', 'Montana', 'Nebraska', 'Nevada', 'Hampshire', 'Jersey', 'Mexico', 'York', 'Carolina', 'Dakota', 'Ohio', 'Oklahoma', 'Oregon',
  'Pennsylvania', 'Rhode', 'Island', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West', 'Wisconsin', 'Wyoming', 'North',
  'South', 'Cayman', 'Islands', 'Bermuda', 'British', 'Virgin', 'BVI', 'PRC', 'Hong', 'Kong', 'Macau', 'Macao', 'Singapore', 'Labuan',
];

/** Departments and functions after "director of" that are not organisations ("director of Finance"). */
export const ORG_FUNCTION_WORDS = [
  'Finance', 'Financial', 'Operations', 'Marketing', 'Sales', 'Engineering', 'Research', 'Development', 'Strategy', 'Strategic', 'Planning', 'Legal',
  'Compliance', 'Technology', 'Investor', 'Relations', 'Human', 'Resources', 'Corporate', 'Business', 'Product', 'Products', 'Global', 'Regional',
  'Asia', 'Pacific', 'Europe', 'Americas', 'America', 'Latin', 'EMEA', 'APAC', 'Greater', 'Supply', 'Chain', 'Information', 'Risk', 'Audit', 'Tax',
  'Treasury', 'Accounting', 'Administration', 'Communications', 'Affairs', 'Public', 'Government', 'Investment', 'Investments', 'Banking',
  'Capital', 'Markets', 'Equity', 'Credit', 'Trading', 'Wealth', 'Management', 'Retail', 'Commercial', 'Institutional', 'Consumer', 'Digital',
  'Data', 'Analytics', 'Security', 'Quality', 'Manufacturing', 'Procurement', 'Logistics', 'Clinical', 'Medical', 'Regulatory', 'Scientific',
  'Board', 'Boards', 'Directors', 'Committee', 'Committees', 'Trustees', 'Governors', 'Advisory', 'Council', 'Division', 'Department', 'Unit',
  'Segment', 'Region', 'Office', 'Team', 'Group', 'Company', 'Companies', 'Issuer', 'Registrant', 'Trust', 'Fund', 'Partnership',
];

/** Capitalised defined terms that name things, not organisations ("the Sale Shares", "the Property"). */
export const ORG_THING_WORDS = [
  'Shares', 'Share', 'Assets', 'Asset', 'Property', 'Properties', 'Land', 'Building', 'Project', 'Projects', 'Mine', 'Plant', 'Site', 'Lot',
  'Business', 'Businesses', 'Agreement', 'Agreements', 'Interest', 'Interests', 'Loan', 'Loans', 'Note', 'Notes', 'Bonds', 'Bond', 'Options',
  'Option', 'Warrants', 'Consideration', 'Completion', 'Transaction', 'Transactions', 'Acquisition', 'Disposal', 'Period', 'Date', 'Price',
  'Rules', 'Code', 'Ordinance', 'Act', 'Law', 'Regulation', 'Regulations', 'Scheme', 'Plan', 'Programme', 'Program', 'Stock', 'Units', 'Capital',
  'Proceeds', 'Offering', 'Placing', 'Subscription', 'Issue', 'Meeting', 'Resolution', 'Resolutions', 'Report', 'Statement', 'Statements',
  'Announcement', 'Circular', 'Prospectus', 'Amendment', 'Deed', 'Contract', 'Contracts', 'Licence', 'License', 'Rights', 'Right', 'Mandate',
  'Facility', 'Facilities', 'Guarantee', 'Shareholders', 'Shareholder', 'Directors', 'Director', 'Officers', 'Officer', 'Employees', 'Parties',
  'Party', 'Group', 'Day', 'Year', 'Years', 'Quarter', 'Q1', 'Q2', 'Q3', 'Q4', 'Details', 'Information', 'Particulars', 'Reference', 'Summary',
  'Review', 'Results', 'Update', 'Updates', 'Continued', 'Programs', 'Program', 'Products', 'Product',
];

/** Places that open or make up descriptions rather than names ("Asia Pacific", "Hong Kong"). */
export const PLACE_WORDS = [
  'China', 'Chinese', 'PRC', 'Mainland', 'Hong', 'Kong', 'Macau', 'Macao', 'Taiwan', 'Beijing', 'Shanghai', 'Shenzhen', 'Guangzhou', 'Tianjin',
  'Chongqing', 'Hangzhou', 'Nanjing', 'Wuhan', 'Chengdu', 'Xiamen', 'Suzhou', 'Singapore', 'Malaysia', 'Indonesia', 'Japan', 'Korea', 'India',
  'Australia', 'Canada', 'United', 'States', 'Kingdom', 'US', 'U.S.', 'USA', 'UK', 'Europe', 'European', 'Asia', 'Asian', 'Africa', 'Middle',
  'East', 'Latin', 'America', 'American', 'North', 'South', 'West', 'Western', 'Eastern', 'Northern', 'Southern', 'Central', 'International',
  'Global', 'Worldwide', 'New', 'York', 'London', 'Delaware', 'Nevada', 'California', 'Texas', 'Cayman', 'Islands', 'Bermuda', 'BVI',
];

/** Words that head institutions without a legal form. */
export const INSTITUTION_HEADS = ['University', 'Institute', 'College', 'Polytechnic', 'Academy', 'School'];
export const GOVERNMENT_HEADS = ['Department', 'Ministry', 'Commonwealth', 'Government', 'Bureau', 'Commission', 'State', 'Office', 'Agency', 'Administration'];

/** Exchanges: a pattern and the canonical name. More specific names first (NYSE Arca before NYSE). */
export const EXCHANGES: Array<[RegExp, string]> = [
  [/\b(?:The )?Stock Exchange of Hong Kong(?: Limited)?|\bHong Kong Stock Exchange\b|\bHKEx\b|\bHKEX\b|\bSEHK\b|\bMain Board of the Stock Exchange\b|\bGEM of the Stock Exchange\b/i, 'Hong Kong Stock Exchange'],
  [/\bNYSE Arca(?:, Inc\.)?/i, 'NYSE Arca'],
  [/\bNYSE American(?: LLC)?|\bNYSE MKT\b|\bAmerican Stock Exchange\b/i, 'NYSE American'],
  [/\bNasdaq(?: Global Select Market| Global Market| Capital Market| Stock Market(?: LLC)?)?\b|\bThe Nasdaq Stock Market LLC\b/i, 'Nasdaq'],
  [/\bNew York Stock Exchange\b|\bNYSE\b/, 'New York Stock Exchange'],
  [/\bChicago Stock Exchange\b/, 'Chicago Stock Exchange'],
  [/\bShanghai Stock Exchange\b|\bSSE\b/, 'Shanghai Stock Exchange'],
  [/\bShenzhen Stock Exchange\b|\bSZSE\b/, 'Shenzhen Stock Exchange'],
  [/\bLondon Stock Exchange\b/, 'London Stock Exchange'],
  [/\bSingapore Exchange\b|\bSGX\b/, 'Singapore Exchange'],
  [/\bTokyo Stock Exchange\b/, 'Tokyo Stock Exchange'],
  [/\bToronto Stock Exchange\b|\bTSX\b/, 'Toronto Stock Exchange'],
  [/\bSIX Swiss Exchange\b/, 'SIX Swiss Exchange'],
  [/\bEuronext(?: [A-Z][a-z]+)?\b/, 'Euronext'],
];

/** Audit firms (names as usually written). */
export const AUDITORS = [
  'Ernst & Young', 'PricewaterhouseCoopers', 'KPMG', 'Deloitte Touche Tohmatsu', 'Deloitte & Touche LLP', 'BDO Limited', 'Grant Thornton',
  'Mazars', 'Crowe', 'RSM', 'HLB Hodgson Impey Cheng Limited', 'SHINEWING', 'Moore Stephens', 'ZHONGHUI ANDA',
];

/** Generic nouns an announcement defines as aliases of parties (the “Vendor”). */
export const PARTY_WORDS = ['Company', 'Group', 'Board', 'Vendor', 'Purchaser', 'Subscriber', 'Placing Agent', 'Target Company', 'Target', 'Issuer', 'Offeror', 'Seller', 'Buyer', 'Transferor', 'Transferee', 'Guarantor', 'Underwriter'];
