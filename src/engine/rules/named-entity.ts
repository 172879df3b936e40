import { isConfident } from '../abstain.js';
import type { QuestionAnalysis } from '../analysis/question-analysis.js';
import { baseAnswer } from '../answers/base.js';
import { entityAnswer } from '../answers/entity.js';
import { citeSources } from '../cite.js';
import { displayName, namesOf, type EntityKind, type EntityRef } from '../entities.js';
import { foldWords } from '../text/fold.js';
import { termSetOf } from '../text/term-set.js';
import { termsOf } from '../text/analyze.js';
import type { Rule } from './rule.js';

/**
 * Words that ask about an entity itself rather than about something else: "is copper ON THE LIST",
 * "what is USTR's ROLE", "what does PCMDP STAND FOR". A question made only of an entity's name and
 * these words is answered from the entity.
 */
const CUE_WORDS: Readonly<Record<EntityKind, string>> = {
  // "Is copper a critical mineral for this 232?": the 232 named is this proclamation's.
  mineral: 'critical mineral minerals list listed usgs added add 2025 2022 status final official considered count counts among one new now currently still element metal mention mentioned named name cited section 232 dropped drop removed remove taken take off kicked kick delisted deleted heard true',
  agency: 'role roles job jobs responsible responsibility responsibilities task tasks tasked function functions involved involvement part play plays doing work works here stand for acronym agency department office official instructed told directed ordered asked confirmed duty duties supposed formally formal somehow receive receives received process give given gives hold holds held mandatory obligation',
  glossary: 'define definition defined meaning mean means stand stands for term terms acronym abbreviation short explain explained concept word cover covers exactly actually refer refers count counts qualify qualifies considered kind kinds type types sort sorts',
  product: 'product products derivative covered cover scope pcmdp pcmdps count counts qualify qualifies considered included include one finished finish semi semifinished final example examples goods item items say says said anything mention mentions mentioned address addresses addressed processed critical mineral minerals contain contains containing',
};

/** Words naming the proclamation itself: every question is about it, so they ask nothing more. */
const ABOUT_THE_PROCLAMATION = 'proclamation 11001 under respect regard regarding relation';

/** Each cue word on its own and, for phrases like "critical mineral", as the phrase. */
const cueTerms = (words: string) => {
  const all = `${words} ${ABOUT_THE_PROCLAMATION}`;
  return new Set([...termsOf(all), ...all.split(' ').flatMap(termsOf)]);
};

export const ENTITY_CUES: Readonly<Record<EntityKind, ReadonlySet<string>>> = {
  mineral: cueTerms(CUE_WORDS.mineral),
  agency: cueTerms(CUE_WORDS.agency),
  glossary: cueTerms(CUE_WORDS.glossary),
  product: cueTerms(CUE_WORDS.product),
};

/** "what is …", "define …", "… mean", "… stand for": a question that wants a definition. */
const DEFINITIONAL = /\b(?:what(?:s| is| are)?|defin\w*|meaning|mean|means|stand for|stands for)\b/;

/** "Does the proclamation name bromine?": whether it is one of the proclamation's own examples. */
const NAMED_IN_IT = /\b(?:name|names|named|naming|mention|mentions|mentioned|cite|cites|cited|call out|calls out|called out|single out|singles out|singled out)\b/;

/** "Was arsenic dropped from the list?", "did tellurium get taken off?": whether a mineral was removed. */
const REMOVED = /\b(?:dropped|drop|removed|remove|taken off|take off|kicked off|kick off|delisted|deleted)\b/;

/** "Is Greer involved?", "is the Pentagon part of this?", "does DHS have a role?": an agency's part in it. */
export const INVOLVED = /\b(?:involved|involvement|part of|a part|role|roles|job|jobs|formally|a say|tasked|responsible|enforc\w*)\b/;

/** The glossary term for what every question here is about. */
const SUBJECT_TERM = 'critical-mineral';

/** Asking what a term means, whatever else the question says around it. */
const MEANS = /\b(?:mean|means|meant|meaning|define|definition|defined|stand for|stands for)\b/;

/** "Define X", "the meaning of X", "what is meant by X": the verb comes before the term it asks about. */
const DEFINES_NEXT = /\b(?:define|defines|defined|definition of|meaning of|meant by)\b/;

/** Two different years set against each other by "or" or "vs". */
const TWO_EDITIONS = /\b(20\d\d)\b(?: \w+){0,4} (?:or|vs|versus) (?:\w+ ){0,4}?(?!\1\b)20\d\d\b/;

/** Entity kinds in the order they win when one question names several with nothing left over. */
const PRIORITY: readonly EntityKind[] = ['mineral', 'agency', 'product'];

/** A name set in quotes: "the 'Department of War'", “price floor” (never the apostrophe of "what's"). */
const QUOTED = /(?<![\p{L}\d])["“‘']([^"“”‘’']{3,60})["”’'](?![\p{L}\d])/gu;

/** "What's that about?", "what department is that?", "is that a mistake?": what the name quoted is. */
const ASKS_WHAT_IT_IS = /\bwhat(?:s| s| is| are)? (?:it|that|this|they)\b|\b(?:what|which) (?:department|agency|office|body|organi[sz]ation) (?:is|s) (?:it|that|this)\b|\bmistake\b|\bnew (?:agency|department|office)\b|\bwho (?:is|are) (?:that|they)\b/;

/** The entities whose own name the question quotes. */
function quotedEntities(analysis: QuestionAnalysis): EntityRef[] {
  const quoted = [...analysis.text.matchAll(QUOTED)].map((m) => foldWords(m[1] ?? '').join(' '));
  const refs = analysis.mentions.map((m) => m.ref).filter((ref) => namesOf(ref).some((name) => quoted.includes(foldWords(name).join(' '))));
  return [...new Map(refs.map((r) => [`${r.kind}:${r.id}`, r])).values()];
}

/**
 * The entities a question is about when it names them and asks nothing else: every question term
 * is part of a name or a cue word for that kind of entity (up to three minerals or agencies at once). A glossary term needs a definitional
 * question ("what is Section 232?", "define PCMDP"); a bare term is left to the facts, which
 * usually say more than the definition.
 */
export function namedOnly(analysis: QuestionAnalysis): EntityRef[] {
  const terms = analysis.terms;
  // "The article mentions the 'Department of War': what's that about?": the name quoted is what is asked.
  const quoted = quotedEntities(analysis);
  if (quoted.length === 1 && ASKS_WHAT_IT_IS.test(analysis.words.join(' '))) return quoted;
  // "Which list defines scope, the 2022 one or the 2025 one?": which of two editions, a fact's job.
  if (TWO_EDITIONS.test(analysis.words.join(' '))) return [];
  const candidates: { ref: EntityRef; span: string; start: number }[] = [];
  for (const mention of analysis.mentions) {
    const kind = mention.ref.kind;
    // Only this entity's own mentions count as named: a question naming two terms ("what does the
    // proclamation say about magnets") asks how they relate, which is a fact's job.
    const own = analysis.mentions.filter((m) => m.ref.kind === kind && m.ref.id === mention.ref.id);
    const named = new Set(own.flatMap((m) => terms.slice(Math.max(m.start, 0), Math.max(m.end, 0)).map((t) => t.term)));
    if (mention.ref.kind === 'mineral' && mention.ref.entity.symbol) named.add(mention.ref.entity.symbol.toLowerCase());
    // "Recycled or scrap material": words of the entity's other names, typed around the one matched, name it too.
    for (const name of namesOf(mention.ref)) for (const t of termSetOf(name)) named.add(t);
    const others = analysis.mentions.filter((m) => m.ref.kind === kind && m.ref.id !== mention.ref.id).flatMap((m) => terms.slice(Math.max(m.start, 0), Math.max(m.end, 0)).map((t) => t.term));
    // Several minerals or agencies named together ("copper and lithium?") each explain their own words.
    // "Lithium hydroxide", "cobalt powder": a product is often named with the mineral it is made of.
    const ofMineral = kind === 'product' ? analysis.mentions.filter((m) => m.ref.kind === 'mineral').flatMap((m) => terms.slice(Math.max(m.start, 0), Math.max(m.end, 0)).map((t) => t.term)) : [];
    const alsoNamed = kind === 'mineral' || kind === 'agency' ? new Set(others) : new Set<string>(ofMineral);
    const residual = terms.filter((t) => !named.has(t.term) && !alsoNamed.has(t.term) && !ENTITY_CUES[kind].has(t.term));
    if (residual.length === 0) candidates.push({ ref: mention.ref, span: `${mention.start}:${mention.end}`, start: mention.start });
  }
  // "What does net import reliance mean in the 12/29 stat?": asked what a term means, the term answers.
  const glossaryMentions = analysis.mentions.filter((m) => m.ref.kind === 'glossary');
  const only = glossaryMentions[0];
  // Only when nothing else is named: "what does Section 232 mean for our magnets?" asks about the magnets.
  // "Price floor in the critical minerals context": the proclamation's own subject is the setting, not a second term.
  const onlyTheTerm = analysis.mentions.every((m) => m.ref.kind === 'glossary' && (m.ref.id === only?.ref.id || (m.ref.id === SUBJECT_TERM && only?.ref.id !== SUBJECT_TERM)));
  if (candidates.length === 0 && only && onlyTheTerm && MEANS.test(analysis.words.join(' '))) return [only.ref];
  // "What counts as a derivative product? Just magnets?": the goods named are examples held up to the term.
  const held = [...glossaryMentions].sort((a, b) => a.start - b.start)[0];
  // "What counts as a derivative product here, would our battery packs count?": the goods come after the term, as its example.
  const heldFirst = held !== undefined && candidates.every((c) => c.start > held.start);
  if (heldFirst && held.ref.id !== SUBJECT_TERM && analysis.cues.has('counts-as')) return [held.ref];
  // "How do they define critical minerals here, just the USGS list?": the term the verb takes is the
  // one asked; a term held up after it is the asker's guess, which the definition answers.
  if (held && DEFINES_NEXT.test(analysis.words.join(' ')) && !analysis.aspects.has('compare') && analysis.mentions.every((m) => m.ref.kind === 'glossary')) return [held.ref];
  if (candidates.length === 0) return [];
  const glossary = candidates.find((c) => c.ref.kind === 'glossary');
  if (glossary && (DEFINITIONAL.test(analysis.words.join(' ')) || terms.some((t) => ENTITY_CUES.glossary.has(t.term)))) return [glossary.ref];
  for (const kind of PRIORITY) {
    const ofKind = candidates.filter((c) => c.ref.kind === kind);
    // One name can stand for two entities ("Secretary of State": the department and its head); the office answers.
    const bySpan = new Map<string, EntityRef>();
    for (const c of ofKind) if (!bySpan.has(c.span) || (c.ref.kind === 'agency' && c.ref.entity.kind !== 'official')) bySpan.set(c.span, c.ref);
    const refs = [...new Map([...bySpan.values()].map((r) => [r.id, r])).values()];
    // "Copper and lithium?" asks about each; "is BIS part of Commerce?" asks how two relate, a fact's job.
    // "BIS or the Commerce Secretary?" asks which of them, a fact's job too.
    if (refs.length > 1 && !/\band\b|[,/&+]/.test(analysis.text)) return [];
    if (refs.length > 0) return refs.slice(0, 3);
  }
  return [];
}

/** Minerals, agencies, a product or a term named on their own, answered from the entities even when a fact shares the phrasing. */
export const namedEntity: Rule = {
  name: 'named-entity',
  answer(analysis, ctx, now) {
    // "Why does the proclamation keep bringing up rare earths?" asks for a reason, which a fact gives when one is sure.
    if (analysis.aspects.has('why') && isConfident(analysis.ranked[0])) return null;
    const refs = namedOnly(analysis);
    const yesNo = analysis.aspects.has('yes-no');
    const words = analysis.words.join(' ');
    const asked = analysis.cues.has('which-kind') ? 'which-kind' : INVOLVED.test(words) ? 'involved' : analysis.namesProclamation && NAMED_IN_IT.test(words) ? 'named' : REMOVED.test(words) ? 'removed' : 'listed';
    const answers = refs.map((ref) => entityAnswer(ctx.kb, ref, ctx.related.forText(displayName(ref)), now, yesNo, asked));
    if (answers.length <= 1) return answers[0] ?? null;
    return {
      ...baseAnswer('composed', answers.map((a) => a.title).join(' · '), answers.map((a) => `${a.title}: ${a.text}`).join('\n\n')),
      factIds: [...new Set(answers.flatMap((a) => a.factIds))],
      sources: citeSources(ctx.kb, answers.flatMap((a) => a.sources.map((s) => ({ id: s.id, locator: s.locator }))), 4),
      related: answers.flatMap((a) => a.related).filter((l, i, all) => all.findIndex((x) => x.id === l.id) === i).slice(0, 4),
    };
  },
};
