// The subsidiary rules, one construction family a file; the orchestrator runs them in this order.
import type { Rule } from '../context.ts';
import { subsidiaryApposition, subsidiaryCopular, subsidiaryMemberOf, subsidiaryNamedAfter } from './transactions-subsidiary-of.ts';
import { subsidiaryHas, subsidiaryIts } from './transactions-subsidiary-its.ts';
import { subsidiaryHoldingCompany, subsidiaryHolds, subsidiaryInWhich, subsidiaryOwnedBy, subsidiarySoleShareholder } from './transactions-subsidiary-owned.ts';

export const SUBSIDIARY_RULES: Rule[] = [
  subsidiaryApposition,
  subsidiaryCopular,
  subsidiaryNamedAfter,
  subsidiaryMemberOf,
  subsidiaryIts,
  subsidiaryHas,
  subsidiaryOwnedBy,
  subsidiaryInWhich,
  subsidiaryHolds,
  subsidiarySoleShareholder,
  subsidiaryHoldingCompany,
];
