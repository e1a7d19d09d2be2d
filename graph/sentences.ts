// Facts as sentences for the browser panel, the timeline and the Markdown dossier:
// "Qu Heng — vice president, Xiaomi Corporation (since 2010)". One template per fact type;
// names come from the fact's own arguments, never interpreted as markup.

export type Props = Record<string, unknown>;

const money = (f: Props, name: string): string => {
  const amount = f[`${name}Amount`];
  return amount === undefined || amount === null ? '' : `${f[`${name}Currency`] ?? ''} ${Number(amount).toLocaleString('en-US')}`.trim();
};
const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const opt = (prefix: string, v: unknown, suffix = ''): string => (v === undefined || v === null || v === '' ? '' : `${prefix}${v}${suffix}`);
const committee = (f: Props): string => (f.committee ? ` of the ${f.committee}` : '');

/** The fact as one sentence; `period` is the reading of its period ("since 2010"), when known. */
export function sentence(f: Props, period?: string): string {
  const when = period ? ` (${period})` : '';
  switch (f.type) {
    case 'position':
      return `${s(f.person)} — ${s(f.title)}, ${s(f.organization)}${when}`;
    case 'board_member':
      return `${s(f.person)} — ${s(f.role)}, ${s(f.organization)}${when}`;
    case 'committee_member':
      return `${s(f.person)} — ${s(f.role)}${committee(f)}, ${s(f.organization)}${when}`;
    case 'education':
      return `${s(f.person)} — ${f.degree ? `${f.degree}, ` : 'studied at '}${s(f.institution)}${when}`;
    case 'person_attribute':
      return `${s(f.person)} — ${s(f.attribute)} ${s(f.value)}${when}`;
    case 'appointment':
      return `${s(f.person)} appointed ${s(f.role)}${committee(f)}, ${s(f.organization)}${opt(' (effective ', f.effectiveDate, ')')}${opt('; term: ', f.term)}`;
    case 'resignation':
      return `${s(f.person)} resigned as ${s(f.role)}${committee(f)}, ${s(f.organization)}${opt(' (effective ', f.effectiveDate, ')')}${opt('; reason: ', f.reason)}`;
    case 'equity_transfer':
      return `${s(f.transferor)} transferred ${s(f.percentage)}% of ${s(f.target)} to ${s(f.transferee)}${opt(' for ', money(f, 'consideration'))}${opt(' (agreement ', f.agreementDate, ')')}${opt(' (completed ', f.completionDate, ')')}`;
    case 'share_issue':
      return `${s(f.issuer)} — ${String(f.kind ?? 'issue').replace(/_/g, '-')} of ${Number(f.quantity).toLocaleString('en-US')} ${f.securityType === 'ADS' ? 'ADSs' : 'shares'}${opt(' at ', money(f, 'price'))}${opt(' to ', f.subscriber)}${opt(' through ', f.placingAgent)}${opt(' (', f.date ?? f.agreementDate, ')')}${opt('; net proceeds ', money(f, 'netProceeds'))}`;
    case 'acquisition':
      return `${s(f.acquirer)} acquired ${opt('', f.percentage, '% of ')}${s(f.target)}${opt(' from ', f.seller)}${opt(' for ', money(f, 'consideration'))}${opt(' (', f.date, ')')}`;
    case 'subsidiary':
      return `${s(f.child)} — subsidiary of ${s(f.parent)}${opt(' (', f.percentage, '%)')}${when}`;
    case 'listing':
      return `${s(f.organization)} — listed on ${s(f.exchange)} as ${s(f.code)}${when}`;
    case 'auditor':
      return `${s(f.auditor)} — auditor of ${s(f.organization)}${when}`;
    default:
      return s(f.type);
  }
}

/** A short name for a kind of fact, singular and plural: "appointment", "3 appointments". */
export const KIND_NAMES: Record<string, [string, string]> = {
  appointment: ['appointment', 'appointments'],
  resignation: ['resignation', 'resignations'],
  equity_transfer: ['equity transfer', 'equity transfers'],
  share_issue: ['share issue', 'share issues'],
  acquisition: ['acquisition', 'acquisitions'],
  role: ['role', 'roles'],
  education: ['education', 'degrees'],
  subsidiary: ['subsidiary', 'subsidiaries'],
  listing: ['listing', 'listings'],
  auditor: ['auditor', 'auditors'],
};

export function countLabel(kind: string, n: number): string {
  const [one, many] = KIND_NAMES[kind] ?? [kind, `${kind}s`];
  return n === 1 ? one : `${n} ${many}`;
}
