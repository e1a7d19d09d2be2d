// Extraction: a document in, facts and entities out. Stages, in order:
//   1. issuers and defined terms per announcement (the “Company”, the DEFINITIONS table);
//   2. names (names.ts): organisations, institutions, people (honorifics, signatures,
//      compromise), inline definitions (Xunlei (“Xunlei”), Mr. Lei Jun (“Mr. Lei”)), each
//      resolved to an entity (refs.ts);
//   3. fact rules over sentences whose cue words make a fact possible, and over tables;
//   4. post-passes (merge.ts): merging, end dates from resignations, terms of office;
//   5. entities under their final names, with keys (entities.ts).
// Financial tables and boilerplate are never mined.
import type { Announcement, Paragraph, SourceDocument } from '../model.ts';
import type { ArgValue, FactType } from '../facts/types.ts';
import type { Extraction } from './types.ts';
import type { SentenceContext, TableContext, TableRule } from './context.ts';
import { Registry } from './registry.ts';
import { findOrganizations } from './mentions/organizations.ts';
import { ShortNames } from './mentions/short-names.ts';
import { findSurnames } from './mentions/people.ts';
import type { NameMention } from './mentions/types.ts';
import { sentences } from './sentences.ts';
import { cleanName, visiblePlain } from '../text/clean.ts';
import { eventRule, newEventState, type EventState } from './rules/events.ts';
import { boardCompositionRule } from './rules/composition.ts';
import { namedDirectorsRule } from './rules/composition-named.ts';
import { committeeRule, type CommitteeState } from './rules/committee.ts';
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
import { moreNamesIn, namesIn, splitKnown } from './names.ts';
import { lastSentence, mentionEvidence } from './evidence.ts';
import { resolveRefs } from './refs.ts';
import { cleanArgs, postProcess, type Pending } from './merge.ts';
import { withEntities } from './entities.ts';

/** Rules over tables, in order. */
const TABLE_RULES: TableRule[] = [voteTableRule, committeeTableRule, compositionTableRule, registeredSecuritiesTable];
import { tablePositions } from './rules/signature-line.ts';

/** Bump when extraction changes, so loaded documents are re-extracted on the next ingest. */
export const EXTRACTOR_VERSION = 'kg-extract/0.2.23';

/** Cue words: a sentence without any of them cannot state a fact we extract. */
const CUES = /\b(?:chairman|chairwoman|chairperson|chair|directors?|officers?|presidents?|secretary|treasurer|controller|comptroller|counsel|partner|founder|manager|representative|trustee|head of|CEO|CFO|COO|CTO|EVP|SVP|named|committee|members?)\b|\b(?:held|worked|employed|career|said|says|stated|commented)\b|\(age|appoint|promot|elect|resign|ceas|retir|step(?:ped|s|ping)? down|bec[oa]me|transition|re-?designat|succe(?:ed|ssion)|no longer|removed|join|comprise|consists? of|directors? (?:are|is)|aged?\s\d|served|serves|joined|is (?:currently |also )?(?:a|an|the)\s|was (?:a|an|the)\s|has been (?:a|an|the)\s|holds?|graduat|degree|bachelor|master|doctor|diploma|Ph\.?D|B\.[AS]\.|M\.[AS]\.|MBA|LL\.[BM]|transfer|dispos|sell|sale|sold|bought|\bbuy|acqui|purchas|allot|issue|placing|placed|\bplace\b|subscri|offer|subsidiar|owns|owned|shareholding|sole shareholder|holding company|member of the|audit|accountant|accounting firm|stock code|HKEx|listed|Nasdaq|NYSE|Stock Exchange|Stock Market|symbol|Common Stock|\/s\/|Name:|Title:/i;

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

function mined(p: Paragraph): boolean {
  return !p.boilerplate && p.plain.text.length > 0;
}

export function extract(doc: SourceDocument): Extraction {
  // Names are read by their visible words: controls and invisible characters are not seen (quotes keep them).
  for (const p of doc.paragraphs) p.plain = visiblePlain(p.plain);
  const registry = new Registry();
  const info = new Map<string, AnnouncementInfo>();
  const paragraphsOf = new Map<string, Paragraph[]>();
  for (const p of doc.paragraphs) {
    const list = paragraphsOf.get(p.announcementId);
    if (list) list.push(p);
    else paragraphsOf.set(p.announcementId, [p]);
  }

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
