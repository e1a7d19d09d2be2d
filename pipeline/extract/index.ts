// Extraction: a document in, facts and entities out. Stages, in order:
//   1. issuers and defined terms per announcement (the “Company”, the DEFINITIONS table);
//   2. names: organisations, institutions, people (honorifics, signatures, compromise),
//      inline definitions (Xunlei (“Xunlei”), Mr. Lei Jun (“Mr. Lei”));
//   3. fact rules over sentences whose cue words make a fact possible;
//   4. post-passes: term of office, end dates from resignations, net proceeds, merging.
// Financial tables and boilerplate are never mined.
import type { Announcement, Paragraph, SourceDocument } from '../model.ts';
import type { ArgValue, Fact, FactBody, FactType } from '../facts/types.ts';
import { ENTITY_ARGS, REQUIRED, argNames } from '../facts/types.ts';
import { orgLabelOf } from '../facts/schema.ts';
import type { Extraction } from './types.ts';
import type { Ref, SentenceContext, TableContext, TableRule } from './context.ts';
import { Registry } from './registry.ts';
import { findOrganizations } from './mentions/organizations.ts';
import { findContextOrganizations } from './mentions/org-context.ts';
import { ShortNames } from './mentions/short-names.ts';
import { findHonorificPeople, findNamedPeople, findPlainPeople, findSignaturePeople, findSurnames } from './mentions/people.ts';
import type { NameMention } from './mentions/types.ts';
import { sentences } from './sentences.ts';
import { spanOfPlain } from '../read/plain.ts';
import { AUDITORS, EXCHANGES, NOT_NAME_WORDS } from './lexicon.ts';
import { legalFormsSource } from './lexicon/organizations.ts';
import { entityKey, fold } from '../text/normalize.ts';
import { cleanName, visiblePlain } from '../text/clean.ts';
import { eventRule, newEventState, type EventState } from './rules/events.ts';
import { boardCompositionRule } from './rules/composition.ts';
import { namedDirectorsRule, reconcileBoard } from './rules/composition-named.ts';
import { committeeRule, reconcileCommittees, type CommitteeState } from './rules/committee.ts';
import { biographyRule, type BioState } from './rules/biography.ts';
import { completedOn, netProceeds, shareIssue } from './rules/transactions-issue.ts';
import { equityTransfer } from './rules/transactions-transfer.ts';
import { acquisition } from './rules/transactions-acquisition.ts';
import { SUBSIDIARY_RULES } from './rules/transactions-subsidiary.ts';
import { inlineListing, registeredSecurities, registeredSecuritiesTable, underSymbolListing } from './rules/listings-codes.ts';
import { auditor } from './rules/listings-auditor.ts';
import { signaturePositions } from './rules/signature.ts';
import { voteTableRule } from './rules/events-vote-table.ts';
import { committeeTableRule } from './rules/committee-table.ts';
import { compositionTableRule } from './rules/composition-table.ts';
import { headingComposition } from './rules/composition-headings.ts';

/** Rules over tables, in order. */
const TABLE_RULES: TableRule[] = [voteTableRule, committeeTableRule, compositionTableRule, registeredSecuritiesTable];
import { tablePositions } from './rules/signature-line.ts';

/** Bump when extraction changes, so loaded documents are re-extracted on the next ingest. */
export const EXTRACTOR_VERSION = 'kg-extract/0.2.20';

/** Cue words: a sentence without any of them cannot state a fact we extract. */
const CUES = /\b(?:chairman|chairwoman|chairperson|chair|directors?|officers?|presidents?|secretary|treasurer|controller|comptroller|counsel|partner|founder|manager|representative|trustee|head of|CEO|CFO|COO|CTO|EVP|SVP|named|committee|members?)\b|\b(?:held|worked|employed|career|said|says|stated|commented)\b|\(age|appoint|promot|elect|resign|ceas|retir|step(?:ped|s|ping)? down|bec[oa]me|transition|re-?designat|succe(?:ed|ssion)|no longer|removed|join|comprise|consists? of|directors? (?:are|is)|aged?\s\d|served|serves|joined|is (?:currently |also )?(?:a|an|the)\s|was (?:a|an|the)\s|has been (?:a|an|the)\s|holds?|graduat|degree|bachelor|master|doctor|diploma|Ph\.?D|B\.[AS]\.|M\.[AS]\.|MBA|LL\.[BM]|transfer|dispos|sell|sale|sold|bought|\bbuy|acqui|purchas|allot|issue|placing|placed|\bplace\b|subscri|offer|subsidiar|owns|owned|shareholding|sole shareholder|holding company|member of the|audit|accountant|accounting firm|stock code|HKEx|listed|Nasdaq|NYSE|Stock Exchange|Stock Market|symbol|Common Stock|\/s\/|Name:|Title:/i;

/** Words near a person named without an honorific. */
const PERSON_CUES = /appoint|elect|resign|ceased|retire|step(?:ped)? down|became|transition|notified|informed|serve|joined|aged?\s|,\s\d{2},|director|officer|president|secretary|chairman|treasurer|counsel|graduat|degree/i;

interface AnnouncementInfo {
  issuer: string | null;
  date: string | null;
}

// "X (“Alias”)", "X#) (“Alias”)", "X ( ) (“Alias”)", "X and its subsidiaries (the “X Group”)".
const INLINE_DEF = /^(?:\s*[*#]+)?(?:\s*\))?(?:\s*\(\s*\))*(?:\s+and\s+(?:its|their)\s+(?:[a-z-]+\s+)?subsidiaries)?\s*\((?:together with [^“"]*?|collectively,?\s+)?(?:the\s+)?[“"]([^”"]{1,60})[”"]/;

function issuerName(a: Announcement, doc: SourceDocument, registry: Registry): string | null {
  const fromDefinition = registry.alias(a.id, 'Company')?.name ?? registry.alias('*', 'Company')?.name;
  const raw = fromDefinition ?? a.issuer ?? doc.announcements.find((x) => x.issuer)?.issuer ?? null;
  if (!raw) return null;
  // A cover page in capitals: prefer the way the body writes the name.
  if (!/[a-z]/.test(raw)) {
    const re = new RegExp(raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'i');
    for (const p of doc.paragraphs) {
      const m = re.exec(p.plain.text);
      if (m && /[a-z]/.test(m[0])) return m[0].replace(/\s+/g, ' ');
    }
  }
  return raw.replace(/\s+/g, ' ');
}

function mentionEvidence(p: Paragraph, from: number, to: number, doc: SourceDocument) {
  const { start, end } = spanOfPlain(p.plain, from, to);
  return { paragraph: p.id, start, end, quote: doc.text.slice(start, end) };
}

function mined(p: Paragraph): boolean {
  return !p.boilerplate && p.plain.text.length > 0;
}

/** Names a paragraph states outright: legal forms, context, honorifics, signatures. */
function namesIn(p: Paragraph): NameMention[] {
  const text = p.plain.text;
  const orgs = findOrganizations(text);
  const people = [...findHonorificPeople(text), ...findSignaturePeople(text)];
  const out: NameMention[] = [...orgs, ...findContextOrganizations(text, [...orgs, ...people]), ...people];
  for (const a of AUDITORS) {
    let i = text.indexOf(a);
    while (i >= 0) {
      if (!out.some((o) => i < o.to && i + a.length > o.from)) out.push({ from: i, to: i + a.length, name: a, kind: 'organization', label: 'Company' });
      i = text.indexOf(a, i + a.length);
    }
  }
  for (const m of findNamedPeople(text)) if (!out.some((o) => m.from < o.to && m.to > o.from)) out.push(m);
  return out;
}

/** "Jiangxi Shipbuilding and Nantong Tongbao Shipbuilding Company Limited": two names where the first is one the document defined. */
function splitKnown(p: Paragraph, names: NameMention[], registry: Registry, shortNames: ShortNames): NameMention[] {
  return names.flatMap((n) => {
    if (n.kind !== 'organization') return [n];
    // A name found in context that is the short form of a fuller one ("Halvern" for "Halvern Bio Inc.").
    const full = registry.alias(p.announcementId, n.name) ? undefined : shortNames.resolve(n.name);
    if (full && full !== n.name) return [{ ...n, name: full }];
    const m = /^(.+?)\s+(?:and|&)\s+(.+)$/.exec(n.name);
    const known = m ? registry.alias(p.announcementId, m[1])?.name ?? shortNames.resolve(m[1]) : undefined;
    if (!m || !known || known === n.name) return [n];
    const raw = p.plain.text.slice(n.from, n.to);
    const cut = /\s+(?:and|&)\s+/.exec(raw)!;
    const left: NameMention = { ...n, to: n.from + cut.index, name: m[1] };
    const right: NameMention = { ...n, from: n.from + cut.index + cut[0].length, name: m[2] };
    return [left, right];
  });
}

/** Names that need the whole document first: short forms of organisations, then people through compromise. */
function moreNamesIn(p: Paragraph, base: NameMention[], shortNames: ShortNames, registry: Registry): NameMention[] {
  const text = p.plain.text;
  // A defined term ("Jingji") is its definition's, not a short form of another name.
  // A short form inside a longer defined term ("Dingding Cultural" in “Dingding Cultural Tourism”) is the term's.
  const terms = registry.aliasTerms(p.announcementId).flatMap((t) => [...text.matchAll(new RegExp(`(?<![\\w“"])${escapeRe(t)}(?![\\w”"])`, 'g'))].map((m) => ({ from: m.index!, to: m.index! + m[0].length })));
  const inTerm = (m: NameMention) => terms.some((t) => t.from <= m.from && m.to <= t.to);
  const out = [...base, ...shortNames.find(text, base).filter((m) => !inTerm(m) && !registry.alias(p.announcementId, text.slice(m.from, m.to)))];
  // compromise is the costly part: run it only on sentences that speak of people in office and
  // hold a run of capitalised words no other pass has explained.
  if (!/^[A-Z\s\d,.;:()&'-]+$/.test(text)) {
    for (const s of sentences(text)) {
      if (!PERSON_CUES.test(s.text)) continue;
      const unexplained = [...s.text.matchAll(/\b[A-Z][a-z]+(?:\s+(?:[A-Z]\.\s+)*[A-Z][a-z]+)+/g)].some((m) => {
        const from = s.from + m.index!;
        if (out.some((o) => from < o.to && from + m[0].length > o.from)) return false;
        // Capitalised words of the genre that are nobody's name do not count.
        return m[0].split(/\s+/).filter((w) => !NOT_NAME_WORDS.has(w)).length >= 2;
      });
      if (!unexplained) continue;
      for (const m of findPlainPeople(s.text)) {
        const from = s.from + m.from;
        const to = s.from + m.to;
        if (!out.some((o) => from < o.to && to > o.from)) out.push({ ...m, from, to });
      }
    }
  }
  return out.sort((a, b) => a.from - b.from || b.to - a.to);
}

export function extract(doc: SourceDocument): Extraction {
  // Names are read by their visible words: controls and invisible characters are not seen (quotes keep them).
  for (const p of doc.paragraphs) p.plain = visiblePlain(p.plain);
  const registry = new Registry();
  const info = new Map<string, AnnouncementInfo>();
  const paragraphsOf = new Map<string, Paragraph[]>();
  for (const p of doc.paragraphs) paragraphsOf.set(p.announcementId, [...(paragraphsOf.get(p.announcementId) ?? []), p]);

  // 1. Defined terms from DEFINITIONS tables: a meaning that opens with a name makes the term its alias.
  for (const d of doc.definitions) {
    const orgs = findOrganizations(d.meaning);
    if (orgs[0] && orgs[0].from <= 4) registry.addAlias(d.announcementId, d.term, 'organization', orgs[0].name);
  }
  // 2. Names and inline definitions, all paragraphs first so short forms can look ahead.
  const found = new Map<string, NameMention[]>();
  const shortNames = new ShortNames();
  for (const p of doc.paragraphs) {
    if (!mined(p)) continue;
    const names = namesIn(p);
    found.set(p.id, names);
    for (const n of names) {
      if (n.kind !== 'organization') continue;
      const def = INLINE_DEF.exec(p.plain.text.slice(n.to));
      if (def) registry.addAlias(p.announcementId, def[1], 'organization', n.name);
    }
  }
  for (const p of doc.paragraphs) {
    for (const n of found.get(p.id) ?? []) if (n.kind === 'organization' && n.label === 'Company' && !registry.alias(p.announcementId, n.name)) shortNames.add(n.name);
  }
  for (const p of doc.paragraphs) {
    const base = found.get(p.id);
    if (!base) continue;
    const names = moreNamesIn(p, splitKnown(p, base, registry, shortNames), shortNames, registry);
    found.set(p.id, names);
    for (const n of names) {
      if (n.kind === 'person' && !n.short) registry.addPerson(p.announcementId, n.name, n.honorific);
      if (n.kind === 'organization') registry.entity('organization', registry.canonicalOrg(n.name), n.label === 'University' ? 'University' : n.label === 'GovernmentBody' ? 'GovernmentBody' : 'Company');
    }
  }
  // Surnames alone ("Lacy said") of people the document names in full.
  const everyone = [...new Set(doc.paragraphs.flatMap((p) => (found.get(p.id) ?? []).filter((n) => n.kind === 'person' && !n.short).map((n) => n.name)))].map((name) => ({ name }));
  for (const p of doc.paragraphs) {
    const names = found.get(p.id);
    if (!names) continue;
    const more = findSurnames(p.plain.text, everyone, (from, to) => names.some((o) => from < o.to && to > o.from));
    if (more.length) found.set(p.id, [...names, ...more].sort((a, b) => a.from - b.from || b.to - a.to));
  }
  for (const p of doc.paragraphs) {
    const names = found.get(p.id);
    if (!names) continue;
    for (const n of names) {
      const def = INLINE_DEF.exec(p.plain.text.slice(n.to));
      if (!def) continue;
      const target = n.kind === 'person' && n.short ? registry.resolveShort(p.announcementId, n.honorific, n.name) : n.kind === 'organization' ? registry.canonicalOrg(n.name) : n.name;
      if (target) registry.addAlias(p.announcementId, def[1], n.kind, target);
    }
  }
  // "the Company" and "the Group": the issuer of each announcement. A text that never names its
  // issuer (a section of an annual report) keeps "the Company" as written, as the spec allows.
  for (const a of doc.announcements) {
    const selfReferent = () => (paragraphsOf.get(a.id) ?? []).some((p) => /\b[Tt]he (?:Company|Group)\b/.test(p.plain.text));
    const raw = issuerName(a, doc, registry);
    const issuer = (raw ? cleanName(raw) || null : null) ?? (selfReferent() ? 'the Company' : null);
    if (issuer) {
      registry.entity('organization', issuer, 'Company');
      for (const term of ['Company', 'Group', 'Registrant']) if (!registry.alias(a.id, term)) registry.addAlias(a.id, term, 'organization', issuer);
    }
    info.set(a.id, { issuer, date: a.date ?? doc.announcements.find((x) => x.date)?.date ?? null });
  }

  // 3. Facts, sentence by sentence.
  const pending: Pending[] = [];
  const eventStates = new Map<string, EventState>();
  const bioStates = new Map<string, BioState>();
  const committeeStates = new Map<string, CommitteeState>();
  for (const p of doc.paragraphs) {
    if (!mined(p) || !found.has(p.id)) continue;
    const a = doc.announcements.find((x) => x.id === p.announcementId)!;
    const ai = info.get(a.id)!;
    const text = p.plain.text;
    const refs = resolveRefs(p, found.get(p.id)!, registry, text);
    const eventState = eventStates.get(a.id) ?? newEventState();
    eventStates.set(a.id, eventState);
    const committeeState = committeeStates.get(a.id) ?? {};
    committeeStates.set(a.id, committeeState);
    const bioState = bioStates.get(a.id) ?? {};
    bioStates.set(a.id, bioState);
    const rules = [eventRule(eventState), boardCompositionRule, namedDirectorsRule, committeeRule(committeeState), biographyRule(bioState), equityTransfer, shareIssue, ...SUBSIDIARY_RULES, acquisition, inlineListing, underSymbolListing, registeredSecurities, auditor];
    for (const s of sentences(text)) {
      if (!CUES.test(s.text)) continue;
      const ctx: SentenceContext = {
        doc,
        paragraph: p,
        announcement: a,
        text: s.text,
        offset: s.from,
        paragraphText: text,
        issuer: ai.issuer,
        date: ai.date,
        registry,
        refs: refs.filter((r) => r.from >= s.from && r.to <= s.to).map((r) => ({ ...r, from: r.from - s.from, to: r.to - s.from })),
        emit(rule: string, type: FactType, args: Record<string, ArgValue | undefined>, confidence = 0.8) {
          const clean = cleanArgs(type, args);
          if (clean) pending.push({ fact: { type, source: doc.name, ...clean }, rule, confidence, evidence: [mentionEvidence(p, s.from, s.to, doc)] });
        },
      };
      for (const rule of rules) rule(ctx);
    }
    // Net proceeds and completion stated for one kind of issue: the nearest such issue stated before, in this paragraph.
    for (const s of sentences(text)) {
      const np = netProceeds(s.text);
      const done = completedOn(s.text);
      for (const [arg, kind, value] of [['netProceeds', np?.kind, np?.money], ['date', done?.kind, done?.date]] as const) {
        if (!kind || value === undefined) continue;
        const at = mentionEvidence(p, s.from, s.to, doc).start;
        const before = pending.filter((f) => f.fact.type === 'share_issue' && f.fact.kind === kind && f.evidence[0].paragraph === p.id && f.evidence[0].start <= at && at - f.evidence[0].start < 2000);
        const f = before.sort((x, y) => y.evidence[0].start - x.evidence[0].start)[0];
        if (!f || f.fact[arg] !== undefined) continue;
        f.fact[arg] = value;
        f.evidence.push(mentionEvidence(p, s.from, s.to, doc));
      }
    }
  }
  // Tables: vote results, committee membership, lists of directors and their roles.
  for (const t of doc.tables) {
    if (t.definitions) continue;
    const a = doc.announcements.find((x) => x.id === t.announcementId)!;
    const ai = info.get(a.id)!;
    const tctx: TableContext = {
      doc,
      table: t,
      announcement: a,
      issuer: ai.issuer,
      date: ai.date,
      registry,
      before: (paragraphsOf.get(a.id) ?? []).filter((p) => p.end <= t.start && mined(p)),
      emit(rule, type, args, rows, intro, confidence = 0.8) {
        const clean = cleanArgs(type, args);
        if (!clean) return;
        // A row's evidence names its row (`<table id>:r<n>`); the sentence introducing the table is a paragraph's.
        const evidence = rows.map((r) => ({ paragraph: `${t.id}:r${r.ordinal}`, start: r.start, end: r.end, quote: doc.text.slice(r.start, r.end) }));
        // The graph links facts to paragraphs: the sentence that introduces the table, or the last one before it.
        const lead = intro ?? lastSentence(tctx.before[tctx.before.length - 1]);
        if (lead) evidence.unshift(mentionEvidence(lead.paragraph, lead.from, lead.to, doc));
        pending.push({ fact: { type, source: doc.name, ...clean }, rule, confidence, evidence });
      },
    };
    for (const rule of TABLE_RULES) rule(tctx);
  }
  // Signature blocks of filings: "/s/ Name", "Name: ...", "Title: ..." over several paragraphs.
  for (const a of doc.announcements) {
    const ai = info.get(a.id)!;
    for (const sp of signaturePositions(paragraphsOf.get(a.id) ?? [])) {
      // The companies written above the signer, else the issuer ("the Company" where the text never names it).
      for (const organization of sp.organizations.length ? sp.organizations.map((o) => registry.canonicalOrg(o)) : [ai.issuer ?? 'the Company']) {
        registry.entity('organization', organization, 'Company');
        pending.push({ fact: { type: 'position', source: doc.name, person: sp.person, organization, title: sp.title }, rule: 'position.signature', confidence: 0.8, evidence: sp.evidence.map((e) => ({ ...e, quote: doc.text.slice(e.start, e.end) })) });
      }
      registry.addPerson(a.id, sp.person);
    }
  }
  // Composition under headings: "Executive Directors:" or "Audit Committee" and the names under it.
  for (const a of doc.announcements) {
    const ai = info.get(a.id)!;
    for (const h of headingComposition((paragraphsOf.get(a.id) ?? []).filter(mined), ai.issuer, ai.date)) {
      const clean = cleanArgs(h.type, h.args);
      if (clean) pending.push({ fact: { type: h.type, source: doc.name, ...clean }, rule: h.rule, confidence: 0.85, evidence: h.paragraphs.map((p) => mentionEvidence(p, 0, p.plain.text.length, doc)) });
    }
  }
  // Officer tables: "Name Titles" cells.
  for (const t of doc.tables) {
    const ai = info.get(t.announcementId);
    for (const tp of tablePositions(t)) {
      const organization = tp.organization ? registry.canonicalOrg(tp.organization) : ai?.issuer ?? 'the Company';
      // A table is no paragraph: the evidence quotes its cells exactly and links to the paragraph just before it.
      const p = [...doc.paragraphs].reverse().find((x) => x.end <= t.start) ?? doc.paragraphs[0];
      pending.push({ fact: { type: 'position', source: doc.name, person: tp.person, organization, title: tp.title }, rule: 'position.table-row', confidence: 0.75, evidence: tp.spans.map((s) => ({ paragraph: p?.id ?? t.id, start: s.start, end: s.end, quote: doc.text.slice(s.start, s.end) })) });
      registry.addPerson(t.announcementId, tp.person);
    }
  }
  // Listings from the issuer block's stock codes.
  for (const a of doc.announcements) {
    const ai = info.get(a.id)!;
    if (!ai.issuer) continue;
    for (const c of a.stockCodes) {
      const p = doc.paragraphs.find((x) => x.start <= c.span.start && x.end >= c.span.end);
      if (!p) continue;
      pending.push({ fact: { type: 'listing', source: doc.name, organization: ai.issuer, exchange: c.exchange, code: c.code }, rule: 'listing.issuer-block', confidence: 0.95, evidence: [{ paragraph: p.id, start: c.span.start, end: c.span.end, quote: doc.text.slice(c.span.start, c.span.end) }] });
    }
  }

  const facts = postProcess(pending, doc);
  return withEntities(facts, registry, found, doc);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** Resolve a paragraph's names: short forms to full names, defined terms and "the Company" to entities. */
function resolveRefs(p: Paragraph, names: NameMention[], registry: Registry, text: string): Ref[] {
  const refs: Ref[] = [];
  for (const n of names) {
    if (n.kind === 'person') {
      // A short form with no full name in the document is kept as written ("Mr. Pike" is Pike).
      const name = n.short ? (registry.resolveShort(p.announcementId, n.honorific, n.name) ?? n.name) : n.name;
      if (name) refs.push({ from: n.from, to: n.to, kind: 'person', name, surface: text.slice(n.from, n.to) });
    } else {
      const alias = registry.alias(p.announcementId, n.name);
      refs.push({ from: n.from, to: n.to, kind: alias?.kind ?? 'organization', name: alias?.name ?? registry.canonicalOrg(n.name), surface: n.name });
    }
  }
  // Defined terms used as names: “Xunlei”, the Target Company, the Company, Mr. Lei (as defined).
  const terms = registry.aliasTerms(p.announcementId);
  for (const term of terms) {
    const re = new RegExp(`(?<![\\w“"])(?:[Tt]he\\s+)?${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\w”"])`, 'g');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const from = m.index;
      const to = m.index + m[0].length;
      if (refs.some((r) => from < r.to && to > r.from)) continue;
      // Inside the quotes of its own definition: not a use.
      if (/[“"]$/.test(text.slice(0, from)) || /^[”"]/.test(text.slice(to))) continue;
      // The tail of a longer name: "Target Group" is not "the Group".
      if (!/^the\s/i.test(m[0]) && /[A-Z][\w&’'-]*\s+$/.test(text.slice(Math.max(0, from - 30), from)) && !/\b(?:The|THE)\s+$/.test(text.slice(Math.max(0, from - 30), from))) continue;
      const target = registry.alias(p.announcementId, m[0]);
      if (target) refs.push({ from, to, kind: target.kind, name: target.name, surface: m[0] });
    }
  }
  return refs.sort((a, b) => a.from - b.from);
}

type Pending = { fact: FactBody; rule: string; confidence: number; evidence: Fact['evidence'] };

function lastSentence(p: Paragraph | undefined): { paragraph: Paragraph; from: number; to: number } | undefined {
  const s = p ? sentences(p.plain.text).pop() : undefined;
  return p && s ? { paragraph: p, from: s.from, to: s.to } : undefined;
}

/** A fact's arguments without empty values, or nothing when a required one is missing. */
function cleanArgs(type: FactType, args: Record<string, ArgValue | undefined>): Record<string, ArgValue> | undefined {
  const clean: Record<string, ArgValue> = {};
  for (const [k, v] of Object.entries(args)) if (v !== undefined && v !== null && v !== '') clean[k] = v;
  return REQUIRED[type].every((k) => clean[k] !== undefined) ? clean : undefined;
}

function requiredKey(f: FactBody): string {
  const req = [...REQUIRED[f.type]];
  if (f.committee !== undefined) req.push('committee');
  // Two degrees from one institution are two facts.
  if (f.type === 'education' && f.degree !== undefined) req.push('degree');
  return f.type + '|' + req.map((k) => (typeof f[k] === 'string' ? fold(String(f[k])) : JSON.stringify(f[k]))).join('|');
}

function postProcess(pending: Pending[], doc: SourceDocument): Pending[] {
  // A fact stated several times is one fact, with all its evidence; optional arguments are unioned.
  const merged = new Map<string, Pending>();
  for (const p of pending) {
    const k = requiredKey(p.fact);
    const m = merged.get(k);
    if (!m) {
      merged.set(k, { fact: { ...p.fact }, rule: p.rule, confidence: p.confidence, evidence: [...p.evidence] });
      continue;
    }
    for (const a of argNames(p.fact as unknown as Fact)) if (m.fact[a] === undefined) m.fact[a] = p.fact[a];
    for (const e of p.evidence) if (!m.evidence.some((x) => x.start === e.start && x.end === e.end)) m.evidence.push(e);
    m.confidence = Math.min(0.99, Math.max(m.confidence, p.confidence) + 0.05);
  }
  // A degree-less education fact adds nothing where the same person and institution have one with a degree.
  const kept = [...merged.values()].filter(
    (f) => f.fact.type !== 'education' || f.fact.degree !== undefined || ![...merged.values()].some((g) => g.fact.type === 'education' && g.fact.degree !== undefined && fold(String(g.fact.person)) === fold(String(f.fact.person)) && fold(String(g.fact.institution)) === fold(String(f.fact.institution))),
  );
  const facts = reconcileBoard(reconcileCommittees(kept, doc.text));
  // End dates from resignations: a position held in the issuer ends when the person resigns that role.
  for (const r of facts.filter((f) => f.fact.type === 'resignation' && f.fact.effectiveDate && !f.fact.committee)) {
    for (const p of facts) {
      if (p.fact.type !== 'position' || p.fact.endDate) continue;
      if (fold(String(p.fact.person)) !== fold(String(r.fact.person)) || fold(String(p.fact.organization)) !== fold(String(r.fact.organization))) continue;
      if (fold(String(p.fact.title)) === fold(String(r.fact.role))) p.fact.endDate = r.fact.effectiveDate;
    }
  }
  // A promotion ends the lower office: the vice chairman appointed chairman is no longer vice chairman.
  const LADDER: Record<string, string> = { 'vice chairman': 'chairman', 'acting chief executive officer': 'chief executive officer', 'deputy chief executive officer': 'chief executive officer' };
  for (const ap of facts.filter((f) => f.fact.type === 'appointment' && f.fact.effectiveDate && !f.fact.committee)) {
    for (const p of facts) {
      if (p.fact.type !== 'position' || p.fact.endDate) continue;
      if (fold(String(p.fact.person)) !== fold(String(ap.fact.person)) || fold(String(p.fact.organization)) !== fold(String(ap.fact.organization))) continue;
      if (LADDER[String(p.fact.title)] === ap.fact.role) {
        p.fact.endDate = ap.fact.effectiveDate;
        p.evidence.push(...ap.evidence.filter((e) => !p.evidence.some((x) => x.start === e.start)));
      }
    }
  }
  // Term of office: "The appointment shall be for an initial term of three years".
  for (const a of doc.announcements) {
    const paras = doc.paragraphs.filter((p) => p.announcementId === a.id);
    for (const p of paras) {
      const m = /\b(?:initial\s+)?term\s+of\s+((?:one|two|three|four|five|six|\d+)\s+years?|(?:\w+\s+)?months?)\b/i.exec(p.plain.text);
      if (!m) continue;
      for (const f of facts) {
        if (f.fact.type !== 'appointment' || f.fact.committee || f.fact.term) continue;
        if (!f.evidence.some((e) => paras.some((x) => x.id === e.paragraph))) continue;
        if (!/director/.test(String(f.fact.role))) continue;
        const surname = String(f.fact.person).split(' ');
        if (!surname.some((w) => w.length > 1 && p.plain.text.includes(w)) && !/\bThe appointment\b/i.test(p.plain.text)) continue;
        f.fact.term = m[1].toLowerCase();
        const s = p.plain.text.lastIndexOf('.', m.index) + 1;
        const e = p.plain.text.indexOf('.', m.index);
        f.evidence.push(mentionEvidence(p, s + (p.plain.text[s] === ' ' ? 1 : 0), e < 0 ? p.plain.text.length : e + 1, doc));
      }
    }
  }
  return facts;
}

function finalize(facts: Pending[], registry: Registry): Fact[] {
  return facts.map((p) => {
    const f = { ...p.fact, evidence: p.evidence, confidence: p.confidence, rule: p.rule } as Fact;
    // Entity arguments under each entity's final name (mixed case over capitals).
    for (const k of argNames(f)) {
      const kind = ENTITY_ARGS[k];
      if (!kind || typeof f[k] !== 'string') continue;
      if (k === 'exchange') {
        const canon = EXCHANGES.find(([re]) => re.test(String(f[k])))?.[1];
        if (canon) f[k] = canon;
      }
      const e = registry.entities.get(entityKey(kind, String(f[k])));
      if (e) f[k] = e.name;
    }
    return f;
  });
}

const LEGAL_FORM_END = new RegExp(`(?:${legalFormsSource()})$`);

/** A name is certain without a fact when written with an honorific, a legal form, or as an institution or public body. */
function certainName(r: Ref, n: NameMention | undefined): boolean {
  if (r.kind === 'person') return Boolean(n?.honorific);
  return LEGAL_FORM_END.test(r.name.trim()) || n?.label === 'University' || n?.label === 'GovernmentBody';
}

function withEntities(facts: Pending[], registry: Registry, found: Map<string, NameMention[]>, doc: SourceDocument): Extraction {
  const final = finalize(facts, registry);
  // Every entity a fact names exists, with the label its role implies; its key travels with the fact.
  for (const f of final) {
    for (const k of argNames(f)) {
      const kind = ENTITY_ARGS[k];
      if (!kind || typeof f[k] !== 'string') continue;
      const e = registry.entity(kind, String(f[k]), kind === 'organization' ? orgLabelOf(k) : undefined);
      (f.keys ??= {})[k] = e.key;
    }
  }
  // Mentions: every resolved name in a mined paragraph, with its exact span.
  const certain = new Set<string>();
  for (const p of doc.paragraphs) {
    const names = found.get(p.id);
    if (!names) continue;
    for (const r of resolveRefs(p, names, registry, p.plain.text)) {
      registry.mention(r.kind, r.name, mentionEvidence(p, r.from, r.to, doc));
      const n = names.find((x) => x.from === r.from && x.to === r.to);
      if (certainName(r, n)) certain.add(entityKey(r.kind, r.name));
    }
  }
  const named = new Set(final.flatMap((f) => argNames(f).filter((k) => ENTITY_ARGS[k] && typeof f[k] === 'string').map((k) => entityKey(ENTITY_ARGS[k], String(f[k])))));
  // Keep entities that facts name, and those only mentioned when their name is certain:
  // place names and sentence openers found by name shape alone would be junk in the graph.
  const entities = [...registry.entities.values()].filter((e) => named.has(e.key) || (e.mentions.length > 0 && certain.has(e.key)));
  return { facts: final, entities };
}
