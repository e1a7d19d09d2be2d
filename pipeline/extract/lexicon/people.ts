// People's vocabulary as data: honorifics, surnames of the genre, titles, degrees.

export const HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Professor', 'Madam', 'Mdm', 'Sir', 'Dame'];
export const MALE = new Set(['mr', 'sir']);
export const FEMALE = new Set(['mrs', 'ms', 'miss', 'madam', 'mdm', 'dame']);

/** Titles seen in biographies and signatures, beyond the roles above. */
export const TITLE_WORDS =
  /\b(?:(?:senior |executive |deputy |assistant |associate )?vice president|president|managing director|general manager|deputy general manager|manager|engineer|partner|analyst|consultant|secretary|governor|treasurer|controller|counsel|head|officer|chairman|chairwoman|director|founder|co-founder|chief [a-z]+ officer|acting chief executive officer|CEO|CFO|COO|CTO|supervisor|professor|lecturer|researcher|accountant|auditor)\b/i;

export const DEGREES: Array<[RegExp, string]> = [
  [/\b(?:doctor(?:al|ate)?(?:'s|’s)? degree|doctor of philosophy|ph\.?\s?d\.?|doctorate|d\.phil)/i, 'doctor'],
  [/\b(?:MBA|M\.B\.A\.|master of business administration|EMBA|executive master of business administration)\b/i, 'MBA'],
  [/\b(?:master(?:'s|’s)? degree|master of|masters? degree|M\.S\.|M\.Sc\.?|MSc|M\.A\.|LL\.M\.?|MPhil|M\.Phil\.?)/i, 'master'],
  [/\b(?:bachelor(?:'s|’s)? degree|bachelor of|B\.S\.|B\.Sc\.?|BSc|B\.A\.|BBA|B\.Eng\.?|LL\.B\.?|B\.Com\.?|undergraduate degree)/i, 'bachelor'],
  [/\b(?:diploma|associate degree)\b/i, 'diploma'],
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
  'Meng', 'Qu', 'Zou', 'Lei', 'Kong', 'Bai', 'Mao', 'Hao', 'Gu', 'Hou', 'Shao', 'Wan', 'Qian', 'Yan', 'Yin', 'Duan', 'Lei', 'Fan', 'Fang',
  'Chan', 'Wong', 'Lee', 'Cheung', 'Lau', 'Ho', 'Ng', 'Leung', 'Kwok', 'Chow', 'Tsang', 'Lam', 'Yeung', 'Choi', 'Fung', 'Ko', 'Tse', 'Yip', 'Poon',
  'Kwan', 'Mak', 'Siu', 'Tsui', 'Lai', 'Chiu', 'Hui', 'Au', 'Chung', 'Cheng', 'Chu', 'Kong', 'Law', 'Lo', 'Pang', 'Sze', 'Tam', 'Wai', 'Yuen',
];
