import type { KnowledgeBase, LoadedFact } from '../knowledge/model.js';
import { isConfident } from './abstain.js';
import type { Answer } from './answer.js';
import { agenciesOverview } from './answers/agencies.js';
import { deadlineAnswer } from './answers/deadline.js';
import { entityAnswer } from './answers/entity.js';
import { asQuestion, factAnswer } from './answers/fact.js';
import { helpAnswer } from './answers/help.js';
import { mineralsOverview } from './answers/minerals.js';
import { missAnswer } from './answers/miss.js';
import { sourcesAnswer } from './answers/sources.js';
import { timelineAnswer } from './answers/timeline.js';
import { tensed } from './answers/in-tense.js';
import { createAutocomplete, type Autocomplete } from './autocomplete.js';
import type { Engine } from './engine-api.js';
import { displayName, type EntityKind } from './entities.js';
import { STARTER_QUESTIONS } from './featured.js';
import { createRelatedFinder } from './related.js';
import { answerWithRules } from './rules/registry.js';
import type { RuleContext } from './rules/rule.js';
import type { QuestionAnalysis } from './analysis/question-analysis.js';
import { buildQuestionSearch, type QuestionSearch } from './search/question-search.js';
import { clip } from './text/clip.js';
import { sanitizeQuestion } from './text/sanitize.js';

/** Analyses kept for re-reading; a bounded map, emptied when full, so memory stays flat whatever is asked. */
const ANALYSIS_CACHE = 512;

export interface EngineInternals {
  search: QuestionSearch;
}

/** The question search behind an engine, for the eval report and tests that explain a ranking. */
const internals = new WeakMap<Engine, EngineInternals>();

export function engineInternals(engine: Engine): EngineInternals | undefined {
  return internals.get(engine);
}

/**
 * Every text of an answer as read on `now`'s day. Builders resolve the {tense:…} tokens they
 * compose; this pass catches knowledge quoted whole (a featured fact, an event's description).
 */
function inTense(kb: KnowledgeBase, answer: Answer, now: Date): Answer {
  const read = (text: string) => tensed(kb, text, now);
  return { ...answer, title: read(answer.title), text: read(answer.text), fields: answer.fields.map((f) => ({ ...f, name: read(f.name), value: read(f.value) })) };
}

/** The facts that answer the starter questions, once each: what a decline or an empty /ask offers. */
function starterFactsOf(kb: KnowledgeBase, search: QuestionSearch): LoadedFact[] {
  const seen = new Set<string>();
  const starters: LoadedFact[] = [];
  for (const q of STARTER_QUESTIONS) {
    const best = search.analyse(q).ranked[0];
    const fact = isConfident(best) ? kb.factById.get(best.id) : undefined;
    if (fact && !seen.has(fact.id)) {
      seen.add(fact.id);
      starters.push(fact);
    }
  }
  return starters;
}

/** Builds every index once; each method afterwards is a pure function of its arguments. */
export function createEngine(kb: KnowledgeBase): Engine {
  const search = buildQuestionSearch(kb);
  const related = createRelatedFinder(kb, search.index);
  // Built with the engine, not on the first decline: a decline is no slower than any other answer.
  const starters = starterFactsOf(kb, search);
  const starterFacts = (): LoadedFact[] => starters;
  // One message is read several times over (whole, in parts, part with context); each text once is enough.
  const analysed = new Map<string, QuestionAnalysis>();
  const analyse = (question: string): QuestionAnalysis => {
    const known = analysed.get(question);
    if (known) return known;
    if (analysed.size >= ANALYSIS_CACHE) analysed.clear();
    const fresh = search.analyse(question);
    analysed.set(question, fresh);
    return fresh;
  };
  const ctx: RuleContext = {
    kb,
    entities: search.entities,
    related,
    analyse,
    starters: () => starterFacts().map(asQuestion),
    answer: (analysis, now, skip) => answerWithRules(analysis, ctx, now, skip),
  };
  // Only Discord's autocomplete uses it: the console and the one-shot CLI never pay for its index.
  let autocomplete: Autocomplete | undefined;
  const completions = (): Autocomplete => (autocomplete ??= createAutocomplete(kb, search, search.entities, starterFacts));

  const lookupAnswer = (kind: EntityKind, name: string, now: Date): Answer => {
    const typed = sanitizeQuestion(name);
    const ref = search.entities.lookup(kind, typed);
    if (ref) return { ...entityAnswer(kb, ref, related.forText(displayName(ref)), now), intent: `lookup-${kind}` };
    const close = search.analyse(typed).ranked.filter((s) => s.score > 0.12).slice(0, 3);
    const suggestions = close.map((s) => kb.factById.get(s.id)).filter((f) => f !== undefined).map(asQuestion);
    return { ...missAnswer(suggestions, 0, typed === ''), intent: `lookup-${kind}` };
  };

  const dated = (answer: Answer, now: Date): Answer => inTense(kb, answer, now);
  const engine: Engine = {
    kb,
    ask: (question, now) => dated(answerWithRules(analyse(sanitizeQuestion(question)), ctx, now), now),
    fact(id, now) {
      const fact = kb.factById.get(id);
      return fact ? dated(factAnswer(kb, fact, related.forFact(fact), 1, now), now) : null;
    },
    deadline: (now) => dated(deadlineAnswer(kb, now), now),
    minerals: (name, now) => dated(name === undefined || sanitizeQuestion(name) === '' ? mineralsOverview(kb) : lookupAnswer('mineral', name, now), now),
    agencies: (name, now) => dated(name === undefined || sanitizeQuestion(name) === '' ? agenciesOverview(kb) : lookupAnswer('agency', name, now), now),
    timeline: (now) => dated(timelineAnswer(kb, now), now),
    glossary: (term, now) => dated(lookupAnswer('glossary', term, now), now),
    sources: (now) => dated(sourcesAnswer(kb), now),
    help: (now) => dated(helpAnswer(kb), now),
    suggestQuestions: (partial, limit) => completions().questions(typeof partial === 'string' ? partial : '', limit),
    questionChoiceNamed: (name) => completions().valueNamed(typeof name === 'string' ? name : ''),
    suggestMinerals: (partial, limit) => completions().entities('mineral', typeof partial === 'string' ? partial : '', limit),
    suggestGlossary: (partial, limit) => completions().entities('glossary', typeof partial === 'string' ? partial : '', limit),
    agencyChoices: () => kb.agencies.map((a) => ({ name: clip(a.name, 100), value: a.id })),
  };
  internals.set(engine, { search });
  return engine;
}
