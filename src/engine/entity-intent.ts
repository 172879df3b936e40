import type { EntityKind, EntityRef } from './entities.js';
import { termsOf } from './text/analyze.js';
import type { SearchOutcome } from './search/question-search.js';

/**
 * Words that ask about an entity itself rather than about something else: "is copper ON THE LIST",
 * "what is USTR's ROLE", "what does PCMDP STAND FOR". A question made only of an entity's name and
 * these words is answered from the entity.
 */
const CUE_WORDS: Readonly<Record<EntityKind, string>> = {
  mineral: 'critical mineral minerals list listed usgs added add 2025 2022 status final official considered count counts among new element metal',
  agency: 'role roles job jobs responsible responsibility responsibilities task tasks function functions involved involvement part play plays doing work works here stand for acronym agency department office official',
  glossary: 'define definition defined meaning mean means stand stands for term terms acronym abbreviation short explain explained concept word',
};

/** Each cue word on its own and, for phrases like "critical mineral", as the phrase. */
const cueTerms = (words: string) => new Set([...termsOf(words), ...words.split(' ').flatMap(termsOf)]);

const CUES: Readonly<Record<EntityKind, ReadonlySet<string>>> = {
  mineral: cueTerms(CUE_WORDS.mineral),
  agency: cueTerms(CUE_WORDS.agency),
  glossary: cueTerms(CUE_WORDS.glossary),
};

/** "what is …", "define …", "… mean", "… stand for": a question that wants a definition. */
const DEFINITIONAL = /\b(?:what(?:s| is| are)?|define|definition|meaning|mean|means|stand for|stands for)\b/;

/** Entity kinds in the order they win when one question names several with nothing left over. */
const PRIORITY: readonly EntityKind[] = ['mineral', 'agency'];

/**
 * The entity a question is about when it names one and asks nothing else: every question term is
 * part of the name or a cue word for that kind of entity. A glossary term needs a definitional
 * question ("what is Section 232?", "define PCMDP"); a bare term is left to the facts, which
 * usually say more than the definition.
 */
export function entityIntent(outcome: SearchOutcome): EntityRef | null {
  const terms = outcome.analysis.terms;
  const candidates: EntityRef[] = [];
  for (const mention of outcome.mentions) {
    const kind = mention.ref.kind;
    // Only this entity's own mentions count as named: a question naming two terms ("what does the
    // proclamation say about magnets") asks how they relate, which is a fact's job.
    const named = new Set(
      outcome.mentions.filter((m) => m.ref.kind === kind && m.ref.id === mention.ref.id).flatMap((m) => terms.slice(Math.max(m.start, 0), Math.max(m.end, 0)).map((t) => t.term)),
    );
    if (mention.ref.kind === 'mineral' && mention.ref.entity.symbol) named.add(mention.ref.entity.symbol.toLowerCase());
    const residual = terms.filter((t) => !named.has(t.term) && !CUES[kind].has(t.term));
    if (residual.length === 0) candidates.push(mention.ref);
  }
  if (candidates.length === 0) return null;
  const definitional = DEFINITIONAL.test(outcome.analysis.words.join(' ')) || terms.some((t) => CUES.glossary.has(t.term));
  const glossary = candidates.find((c) => c.kind === 'glossary');
  if (glossary && definitional) return glossary;
  for (const kind of PRIORITY) {
    const hit = candidates.find((c) => c.kind === kind);
    if (hit) return hit;
  }
  return null;
}

/** The entity named in a question even when it asks more, for when no fact answers it confidently. */
export function mainMention(outcome: SearchOutcome): EntityRef | null {
  const total = outcome.query.reduce((s, q) => s + q.weight * q.idf, 0);
  const terms = outcome.analysis.terms;
  for (const m of outcome.mentions) {
    if (m.start < 0) continue;
    const named = new Set(terms.slice(m.start, m.end).map((t) => t.term));
    const weight = outcome.query.filter((q) => named.has(q.term) || CUES[m.ref.kind].has(q.term)).reduce((s, q) => s + q.weight * q.idf, 0);
    if (total > 0 && weight / total >= 0.6) return m.ref;
  }
  return null;
}
