// The extraction's entities: facts' arguments under their entities' final names and keys, and
// the entities worth keeping (named by a fact, or certain names mentioned).
import type { SourceDocument } from '../model.ts';
import type { Fact } from '../facts/types.ts';
import { ENTITY_ARGS, argNames } from '../facts/types.ts';
import { orgLabelOf } from '../facts/schema.ts';
import type { Extraction } from './types.ts';
import type { Ref } from './context.ts';
import { MAX_MENTIONS_PER_PARAGRAPH, type Registry } from './registry.ts';
import { message } from '../messages.ts';
import type { NameMention } from './mentions/types.ts';
import { EXCHANGES } from './lexicon.ts';
import { legalFormsSource } from './lexicon/organizations.ts';
import { entityKey } from '../text/normalize.ts';
import { mentionEvidence } from './evidence.ts';
import { resolveRefs } from './refs.ts';
import type { Pending } from './merge.ts';

function finalize(facts: Pending[], registry: Registry): Fact[] {
  return facts.map((p) => {
    const f = { ...p.fact, evidence: p.evidence, confidence: p.confidence, rule: p.rule } as Fact;
    if (p.omitted) f.evidenceOmitted = p.omitted;
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

export function withEntities(facts: Pending[], registry: Registry, found: Map<string, NameMention[]>, doc: SourceDocument): Extraction {
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
  for (const [key, n] of registry.mentionsOmitted) {
    const e = registry.entities.get(key);
    if (e) message(doc, `${e.name} is named more than ${MAX_MENTIONS_PER_PARAGRAPH} times in one paragraph: ${n} mentions beyond that are not kept`, { ruleId: 'extract:mention-cap' });
  }
  const named = new Set(final.flatMap((f) => argNames(f).filter((k) => ENTITY_ARGS[k] && typeof f[k] === 'string').map((k) => entityKey(ENTITY_ARGS[k], String(f[k])))));
  // Keep entities that facts name, and those only mentioned when their name is certain:
  // place names and sentence openers found by name shape alone would be junk in the graph.
  const entities = [...registry.entities.values()].filter((e) => named.has(e.key) || (e.mentions.length > 0 && certain.has(e.key)));
  return { facts: final, entities };
}
