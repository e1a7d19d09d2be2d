// Markdown to blocks with unified + remark-parse (+ GFM tables). Offsets come from
// the parser's positions; plain text is aligned to the source so `US\$` maps back.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, PhrasingContent, Paragraph as MdParagraph, Table as MdTable } from 'mdast';
import type { Block, Cell, PlainText } from '../model.ts';
import { PlainBuilder, alignValue, slicePlain } from './plain.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

function startOf(node: { position?: { start: { offset?: number } } }): number | undefined {
  return node.position?.start.offset;
}
function endOf(node: { position?: { end: { offset?: number } } }): number | undefined {
  return node.position?.end.offset;
}

/** Plain text of inline content, aligned to the document. */
function phrasing(doc: string, nodes: PhrasingContent[], out: PlainBuilder): void {
  for (const node of nodes) {
    const s = startOf(node);
    const e = endOf(node);
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        if (s !== undefined && e !== undefined) out.push(node.value, alignValue(node.value, doc, s, e));
        break;
      case 'break':
        if (s !== undefined) out.separator('\n', s);
        break;
      case 'html':
        // Inline tags such as <u>, <i>: markup, not text.
        break;
      case 'image':
      case 'imageReference':
        break;
      case 'footnoteReference':
        break;
      default:
        if ('children' in node) phrasing(doc, node.children as PhrasingContent[], out);
    }
  }
}

function isEmphasized(p: MdParagraph): boolean {
  const meaningful = p.children.filter((c) => !(c.type === 'text' && c.value.trim() === '') && c.type !== 'break');
  return meaningful.length > 0 && meaningful.every((c) => c.type === 'strong' || (c.type === 'html' && /^<\/?u>$/i.test(c.value)) || c.type === 'emphasis');
}

/** Split a paragraph into lines: tab-separated lines become table rows, the rest stays prose. */
function paragraphBlocks(doc: string, p: MdParagraph, tableCounter: { n: number }): Block[] {
  const start = startOf(p)!;
  const end = endOf(p)!;
  const b = new PlainBuilder(start);
  phrasing(doc, p.children, b);
  const plain = b.build(end);
  const raw = doc.slice(start, end);
  if (!raw.includes('\t')) {
    return [{ kind: 'paragraph', start, end, plain, emphasized: isEmphasized(p) }];
  }
  const blocks: Block[] = [];
  let lineStart = start;
  let prose: { start: number; end: number } | null = null;
  let inTable = false;
  const flushProse = () => {
    if (prose) {
      blocks.push({ kind: 'paragraph', start: prose.start, end: prose.end, plain: slicePlain(plain, prose.start, prose.end) });
      prose = null;
    }
  };
  for (const line of raw.split('\n')) {
    const lineEnd = lineStart + line.length;
    if (line.includes('\t')) {
      flushProse();
      if (!inTable) {
        tableCounter.n++;
        inTable = true;
      }
      const cells: Cell[] = [];
      let cellStart = lineStart;
      for (const part of line.split('\t')) {
        const cellEnd = cellStart + part.length;
        const cp = slicePlain(plain, cellStart, cellEnd);
        const cs = cp.text ? cp.map[0] : cellStart;
        const ce = cp.text ? cp.map[cp.text.length] : cellStart;
        cells.push({ start: cs, end: ce, text: doc.slice(cs, ce) });
        cellStart = cellEnd + 1;
      }
      blocks.push({ kind: 'row', start: lineStart, end: lineEnd, cells, tableId: tableCounter.n, plain: slicePlain(plain, lineStart, lineEnd) });
    } else {
      inTable = false;
      if (line.trim()) {
        if (prose) prose.end = lineEnd;
        else prose = { start: lineStart, end: lineEnd };
      }
    }
    lineStart = lineEnd + 1;
  }
  flushProse();
  return blocks;
}

function tableBlocks(doc: string, t: MdTable, tableCounter: { n: number }): Block[] {
  tableCounter.n++;
  const blocks: Block[] = [];
  for (const row of t.children) {
    const rs = startOf(row);
    const re = endOf(row);
    if (rs === undefined || re === undefined) continue;
    const cells: Cell[] = [];
    const rowPlain = new PlainBuilder(rs);
    for (const cell of row.children) {
      const b = new PlainBuilder(startOf(cell) ?? rs);
      phrasing(doc, cell.children, b);
      const p: PlainText = b.build(endOf(cell) ?? re);
      const cs = p.text ? p.map[0] : (startOf(cell) ?? rs);
      const ce = p.text ? p.map[p.text.length] : cs;
      cells.push({ start: cs, end: ce, text: doc.slice(cs, ce) });
      rowPlain.push(p.text, p.map.slice(0, p.text.length));
      rowPlain.separator('\t', ce);
    }
    blocks.push({ kind: 'row', start: rs, end: re, cells, tableId: tableCounter.n, plain: rowPlain.build(re) });
  }
  return blocks;
}

function walk(doc: string, nodes: RootContent[], out: Block[], tableCounter: { n: number }): void {
  for (const node of nodes) {
    const s = startOf(node);
    const e = endOf(node);
    if (s === undefined || e === undefined) continue;
    switch (node.type) {
      case 'heading': {
        const b = new PlainBuilder(s);
        phrasing(doc, node.children, b);
        out.push({ kind: 'heading', start: s, end: e, depth: node.depth, plain: b.build(e) });
        break;
      }
      case 'paragraph':
        out.push(...paragraphBlocks(doc, node, tableCounter));
        break;
      case 'table':
        out.push(...tableBlocks(doc, node, tableCounter));
        break;
      case 'list':
        for (const item of node.children) walk(doc, item.children, out, tableCounter);
        break;
      case 'blockquote':
        walk(doc, node.children, out, tableCounter);
        break;
      case 'code':
      case 'html': {
        // Block HTML or code: keep its text as a paragraph so nothing is lost.
        const text = doc.slice(s, e);
        if (node.type === 'html' && /^<!--[\s\S]*-->$/.test(text.trim())) break;
        const b = new PlainBuilder(s);
        const value = node.type === 'html' ? text.replace(/<[^>]+>/g, (m) => ' '.repeat(m.length)) : text;
        const trimmed = value.trim();
        if (!trimmed) break;
        const off = s + value.indexOf(trimmed);
        b.push(trimmed, Array.from({ length: trimmed.length }, (_, i) => off + i));
        out.push({ kind: 'paragraph', start: s, end: e, plain: b.build(e) });
        break;
      }
      default:
        break;
    }
  }
}

export function readMarkdown(text: string): Block[] {
  const tree = parser.parse(text) as Root;
  const blocks: Block[] = [];
  walk(text, tree.children, blocks, { n: 0 });
  return blocks.filter((b) => b.plain && b.plain.text.trim().length > 0);
}
