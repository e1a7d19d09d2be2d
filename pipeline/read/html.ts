// HTML (EDGAR filings and exhibits) to extracted text and blocks, with rehype-parse.
// We walk the hast tree ourselves instead of going through rehype-remark: it drops
// positions on synthetic nodes and collapses white space, and evidence must be exact.
// The extracted text is built here; every block keeps its element path and the
// element's offsets in the raw HTML as its origin.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Root, Element, RootContent, ElementContent } from 'hast';
import type { Block, Cell } from '../model.ts';
import { plainAt } from './plain.ts';
import { memo } from '../text/memo.ts';

const parser = unified().use(rehypeParse, { fragment: false });

/** A <br> in the runs of a block (U+2028 LINE SEPARATOR), a newline in the text. */
const LINE_BREAK = '\u2028';

const SKIP = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'math', 'object', 'iframe', 'ix:header', 'xbrli:context']);
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'section', 'article',
  'header', 'footer', 'center', 'address', 'body', 'html', 'main', 'nav', 'aside', 'figure', 'figcaption', 'hr', 'form', 'fieldset',
  'caption', 'document', 'type', 'sequence', 'filename', 'description', 'text', 'xbrl',
]);

export interface HtmlResult {
  text: string;
  blocks: Block[];
  /** True when the page had nothing but scripts, styles or hidden content. */
  empty: boolean;
}

// Filings repeat a few style attributes on thousands of elements.
const foldStyle = memo((s) => s.toLowerCase().replace(/\s+/g, ''), 2000);

function styleOf(el: Element): string {
  const s = el.properties?.style;
  return typeof s === 'string' ? foldStyle(s) : '';
}

function isHidden(el: Element): boolean {
  if (el.properties?.hidden !== undefined && el.properties.hidden !== false) return true;
  const style = styleOf(el);
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function isBold(el: Element): boolean {
  if (el.tagName === 'b' || el.tagName === 'strong' || /^h[1-6]$/.test(el.tagName)) return true;
  const style = styleOf(el);
  return /font-weight:(bold|[6-9]00)/.test(style);
}

function isUnderlined(el: Element): boolean {
  return el.tagName === 'u' || styleOf(el).includes('text-decoration:underline');
}

interface Run {
  text: string;
  emphasized: boolean;
}

class Extractor {
  // The text grows by appending; parts and a length avoid re-reading a growing string.
  private parts: string[] = [];
  private length = 0;
  blocks: Block[] = [];
  private runs: Run[] = [];
  private blockEl: { path: string; start?: number; end?: number } = { path: '' };
  private tableCounter = 0;

  private flush(kind: Block['kind'] = 'paragraph', depth?: number): void {
    const joined = this.collapse(this.runs);
    this.runs = [];
    if (!joined.text) return;
    const start = this.append(joined.text);
    const end = this.length;
    this.blocks.push({
      kind,
      depth,
      start,
      end,
      emphasized: joined.emphasized || undefined,
      plain: plainAt(joined.text, start),
      origin: { path: this.blockEl.path, sourceStart: this.blockEl.start, sourceEnd: this.blockEl.end },
    });
  }

  /** Collapse white space like a browser would, trimming the ends. */
  private collapse(runs: Run[]): { text: string; emphasized: boolean } {
    let out = '';
    let significant = 0;
    let emphasized = 0;
    for (const r of runs) {
      for (const ch of r.text) {
        if (ch === LINE_BREAK) {
          if (out.length) out = out.replace(/ $/, '') + (out.endsWith('\n') ? '' : '\n');
          continue;
        }
        const white = /[\s\u00a0\u200b]/.test(ch);
        if (white) {
          if (out.length && !out.endsWith(' ') && !out.endsWith('\n')) out += ' ';
        } else {
          out += ch;
          significant++;
          if (r.emphasized) emphasized++;
        }
      }
    }
    return { text: out.trim(), emphasized: significant > 0 && emphasized === significant };
  }

  get text(): string {
    return this.parts.join('');
  }

  private put(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  private append(s: string): number {
    if (this.length) this.put('\n\n');
    const start = this.length;
    this.put(s);
    return start;
  }

  private appendRow(cells: Array<{ text: string }>, el: Element, path: string): void {
    const parts = cells.map((c) => c.text);
    if (parts.every((p) => !p)) return;
    if (this.length) this.put('\n');
    const start = this.length;
    const out: Cell[] = [];
    parts.forEach((p, i) => {
      if (i > 0) this.put('\t');
      const s = this.length;
      this.put(p);
      out.push({ start: s, end: this.length, text: p });
    });
    const end = this.length;
    const rowText = parts.join('\t');
    this.blocks.push({
      kind: 'row',
      start,
      end,
      cells: out,
      tableId: this.tableCounter,
      plain: plainAt(rowText, start),
      origin: { path, sourceStart: el.position?.start.offset, sourceEnd: el.position?.end.offset },
    });
  }

  /** Text of an element's inline content, as one collapsed string. */
  private inlineText(nodes: ElementContent[] | RootContent[], emphasized: boolean): Run[] {
    const runs: Run[] = [];
    const visit = (ns: Array<ElementContent | RootContent>, emph: boolean) => {
      for (const n of ns) {
        if (n.type === 'text') runs.push({ text: n.value, emphasized: emph });
        else if (n.type === 'element') {
          if (SKIP.has(n.tagName) || isHidden(n)) continue;
          if (n.tagName === 'br') runs.push({ text: ' ', emphasized: emph });
          else {
            if (BLOCK.has(n.tagName) || n.tagName === 'td' || n.tagName === 'th' || n.tagName === 'tr') runs.push({ text: ' ', emphasized: emph });
            visit(n.children, emph || isBold(n) || isUnderlined(n));
          }
        }
      }
    };
    visit(nodes, emphasized);
    return runs;
  }

  private table(el: Element, path: string): void {
    const rows: Array<{ el: Element; cells: Array<{ text: string; emphasized: boolean }> }> = [];
    const collectRows = (n: Element) => {
      for (const c of n.children) {
        if (c.type !== 'element' || isHidden(c)) continue;
        if (c.tagName === 'tr') {
          const cells = c.children
            .filter((x): x is Element => x.type === 'element' && (x.tagName === 'td' || x.tagName === 'th') && !isHidden(x))
            .map((td) => this.collapse(this.inlineText(td.children, isBold(td))));
          rows.push({ el: c, cells });
        } else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') collectRows(c);
      }
    };
    collectRows(el);
    const nonEmpty = rows.map((r) => r.cells.filter((c) => c.text));
    const cellsAll = nonEmpty.flat();
    const numeric = cellsAll.filter((c) => /^[\s$€£¥(),.%\d—–-]+$/.test(c.text) && /\d/.test(c.text)).length;
    const multi = nonEmpty.filter((r) => r.length >= 2).length;
    // Layout tables (one text cell a row, or label/value pairs of prose) read as paragraphs;
    // tables of figures, or of short cells in every row (spacer rows aside), stay tables, and no prose extraction runs over them.
    const isData = cellsAll.length > 0 && (numeric / cellsAll.length >= 0.25 || multi >= 3 && nonEmpty.every((r) => r.length === 0 || r.length >= 2 && r.every((c) => c.text.length < 60)));
    if (!isData) {
      for (const r of nonEmpty) {
        if (!r.length) continue;
        // Checkbox glyphs and bullets alone in a cell add nothing.
        const cells = r.filter((c) => !/^[☐☒■□●•◻✓✔]$/.test(c.text));
        if (!cells.length) continue;
        const joined = cells.map((c) => c.text).join(' ');
        const start = this.append(joined);
        const end = this.length;
        const emphasized = cells.every((c) => c.emphasized);
        this.blocks.push({ kind: 'paragraph', start, end, emphasized: emphasized || undefined, plain: plainAt(joined, start), origin: { path, sourceStart: el.position?.start.offset, sourceEnd: el.position?.end.offset } });
      }
      return;
    }
    this.tableCounter++;
    if (this.length) this.put('\n');
    for (const r of rows) this.appendRow(r.cells.filter((c) => c.text), r.el, path);
  }

  walk(nodes: Array<RootContent | ElementContent>, path: string, emph: boolean): void {
    const counts: Record<string, number> = {};
    for (const n of nodes) {
      if (n.type === 'text') {
        this.runs.push({ text: n.value, emphasized: emph });
        continue;
      }
      if (n.type !== 'element') continue;
      const tag = n.tagName.toLowerCase();
      if (SKIP.has(tag) || isHidden(n)) continue;
      counts[tag] = (counts[tag] ?? 0) + 1;
      const childPath = `${path}/${tag}[${counts[tag]}]`;
      if (tag === 'br') {
        // A line break inside a block: the layout normaliser keeps it where it carries meaning
        // (a signature's name, then title) and joins it inside a sentence.
        this.runs.push({ text: LINE_BREAK, emphasized: emph });
        continue;
      }
      if (tag === 'pre') {
        // Preformatted filings: blank lines separate paragraphs, line breaks inside one are spaces.
        this.flush();
        const raw = this.collapseKeepLines(n.children);
        for (const para of raw.split(/\n[ \t\u00a0]*\n/)) {
          this.runs.push({ text: para, emphasized: false });
          this.blockEl = { path: childPath, start: n.position?.start.offset, end: n.position?.end.offset };
          this.flush();
        }
        continue;
      }
      if (tag === 'table') {
        this.flush();
        this.table(n, childPath);
        continue;
      }
      if (BLOCK.has(tag) || tag === 'tr' || tag === 'td' || tag === 'th') {
        this.flush();
        const saved = this.blockEl;
        this.blockEl = { path: childPath, start: n.position?.start.offset, end: n.position?.end.offset };
        this.walk(n.children, childPath, emph || isBold(n) || isUnderlined(n));
        const heading = /^h([1-6])$/.exec(tag);
        this.flush(heading ? 'heading' : 'paragraph', heading ? Number(heading[1]) : undefined);
        this.blockEl = saved;
        continue;
      }
      this.walk(n.children, path, emph || isBold(n) || isUnderlined(n));
    }
  }

  private collapseKeepLines(nodes: ElementContent[]): string {
    let out = '';
    const visit = (ns: ElementContent[]) => {
      for (const n of ns) {
        if (n.type === 'text') out += n.value;
        else if (n.type === 'element' && !SKIP.has(n.tagName) && !isHidden(n)) {
          if (n.tagName === 'br') out += '\n';
          else visit(n.children);
        }
      }
    };
    visit(nodes);
    return out.replace(/\r\n?/g, '\n');
  }

  finish(): void {
    this.flush();
  }
}

export function readHtml(html: string): HtmlResult {
  const tree = parser.parse(html) as Root;
  const ex = new Extractor();
  ex.walk(tree.children, '', false);
  ex.finish();
  const text = ex.text;
  return { text, blocks: ex.blocks, empty: text.trim().length === 0 };
}
