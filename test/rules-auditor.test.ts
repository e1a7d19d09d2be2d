// Auditor rules: each row a sentence of our own (made-up firms) and the auditors of the issuer it
// must give; a firm in another office (liquidator, adviser) or named in a negation gives none.
import { describe } from 'vitest';
import { HK_ISSUER, ruleTable, type Row } from './helpers/rule-table.ts';

const of = (auditor: string) => [{ organization: HK_ISSUER, auditor }];

const TABLE: Record<string, Row[]> = {
  'auditor.role-apposition': [
    ['The Company’s independent registered public accounting firm, Merriton & Vale, LLP, audited the statements.', of('Merriton & Vale, LLP')],
    ['Norland Partners LLP, an independent registered public accounting firm, audited the financial statements.', of('Norland Partners LLP')],
    ['Ms. Jo Vance, a partner of Ulric Pryce LLP, our independent auditors, signed the report.', of('Ulric Pryce LLP')],
    // a former auditor is the issuer's auditor all the same (the fact carries no dates)
    ['The new firm replaces our initial principal auditor, Ashby Crane & Associates, LLC.', of('Ashby Crane & Associates, LLC')],
    ['On 29 August 2025, the court appointed Brierley Ng & Company, Certified Public Accountants, as the liquidator of the subsidiary.', []],
  ],
  'auditor.as-auditor': [
    ['The Audit Committee engaged Ottery & Co. as its external auditors.', of('Ottery & Co.')],
    ['The shareholders ratified the selection of Pemberton Kline LLP as the Company’s independent registered public accounting firm for 2026.', of('Pemberton Kline LLP')],
    ['The stockholders ratified the appointment of Colwick Dane, P.C. to serve as the Company’s independent registered public accounting firm for the fiscal year.', of('Colwick Dane, P.C.')],
    ['The Board proposed the re-appointment of Hexley Lam CPA Limited as auditor of the Company.', of('Hexley Lam CPA Limited')],
    ['The Audit Committee will consider Zanetti Roe LLP as a candidate for auditor.', []],
  ],
  'auditor.audited-by': [
    ['The consolidated financial statements have been audited by Quentin Rowe LLP.', of('Quentin Rowe LLP')],
    ['The interim results have not been audited by Quentin Rowe LLP.', []],
  ],
  'auditor.firm-is': [
    ['The new principal independent accounting firm is Radcliffe Stone LLC.', of('Radcliffe Stone LLC')],
    ['There were no disagreements with Sedley Marsh LLP on any matter of accounting principles.', []],
  ],
};

describe('auditor rules', () => ruleTable('auditor', TABLE));
