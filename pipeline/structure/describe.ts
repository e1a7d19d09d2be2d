// What an announcement says about itself: issuer, title, date, stock codes.
import type { Announcement, Block, StockCode } from '../model.ts';
import { FORM_LINE, INCORPORATED, isCapitals } from './labels.ts';
import { isStockCodeHeader, stockCodes } from './stock-codes.ts';
import { documentStart, filingIssuer, issuerBlockName } from './issuer.ts';
import { announcementDate } from './dated.ts';

type Description = Pick<Announcement, 'title' | 'issuer' | 'date' | 'stockCodes'>;

function plainOf(b: Block | undefined): string {
  return b?.plain?.text ?? '';
}

function oneLine(t: string): string {
  return t.trim().replace(/\s*\n\s*/g, ' ');
}

/** The HKEX title: the first block in capitals after the issuer block; "AND" joins a second one. */
function announcementTitle(blocks: Block[], issuerIndex: number): string | null {
  const parts: string[] = [];
  for (let k = issuerIndex + 1; k < blocks.length; k++) {
    const t = oneLine(plainOf(blocks[k]));
    if (blocks[k].kind === 'row' || !t) break;
    if (parts.length === 0) {
      if (INCORPORATED.test(t) || (/^\(/.test(t) && !isCapitals(t))) continue;
      if (isCapitals(t) || blocks[k].emphasized) parts.push(t);
      else break;
    } else if (/^(AND|AND\/OR|&)$/i.test(t) && k + 1 < blocks.length && isCapitals(plainOf(blocks[k + 1]))) {
      parts.push(t, oneLine(plainOf(blocks[k + 1])));
      k++;
    } else break;
  }
  return parts.length ? parts.join(' ') : null;
}

export function describeAnnouncement(blocks: Block[], kind: Announcement['kind']): Description {
  const codes: StockCode[] = [];
  let issuer: string | null = null;
  let issuerIndex = -1;
  for (let i = 0; i < blocks.length && i < 40; i++) {
    if (blocks[i].kind === 'row' || !isStockCodeHeader(plainOf(blocks[i]))) continue;
    issuerIndex = i;
    codes.push(...stockCodes(blocks[i]));
    issuer = issuerBlockName(blocks, i);
    // Further stock-code blocks right after (separate lines in PDFs and HTML).
    for (let k = i + 1; k < blocks.length && k < i + 4; k++) {
      if (blocks[k].kind !== 'row' && isStockCodeHeader(plainOf(blocks[k]))) {
        codes.push(...stockCodes(blocks[k]));
        issuerIndex = k;
      }
    }
    break;
  }
  if (!issuer) issuer = filingIssuer(blocks);
  let title: string | null = null;
  const body = blocks.slice(documentStart(blocks));
  if (kind === 'announcement' && issuerIndex >= 0) title = announcementTitle(blocks, issuerIndex);
  else {
    const form = body.slice(0, 40).map((b) => oneLine(plainOf(b))).find((t) => FORM_LINE.test(t));
    if (form) title = /^\s*(FORM\s+\S+)/i.exec(form)![1];
  }
  return { issuer: issuer ? issuer.replace(/\s+/g, ' ').trim() : null, title, date: announcementDate(body, kind), stockCodes: codes };
}
