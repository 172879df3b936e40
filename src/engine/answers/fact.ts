import { isoDateOf } from '../../knowledge/dates.js';
import type { KnowledgeBase, LoadedFact } from '../../knowledge/model.js';
import type { Answer, FactLink } from '../answer.js';
import { citeSources } from '../cite.js';
import { mentionsWindowEnd, windowEnd, windowStatusLine } from '../deadline-clock.js';
import { baseAnswer } from './base.js';
import { tensed } from './in-tense.js';

export const link = (fact: LoadedFact): FactLink => ({ id: fact.id, title: fact.title });

/** A fact offered as a question the reader can ask next ("did you mean"), in its clearest phrasing. */
export const asQuestion = (fact: LoadedFact): FactLink => ({ id: fact.id, title: fact.questions[0] ?? fact.title });

/**
 * Answers written for a yes/no question open with the verdict ("No.", "Possibly,"); asked as an
 * open question ("what did the President decide?") the verdict reads as an odd reply, so it goes.
 */
const VERDICT = /^(?:Yes|No|Possibly|Largely|Partly|Probably|Not yet|Not quite|Not exactly|Not directly|Both)[.,:;]\s+(?=\p{Lu})/u;

export function withoutVerdict(text: string): string {
  return text.replace(VERDICT, '');
}

/** Whether a fact can answer on `now`'s day: one telling what followed an event ("what happened after the deadline") cannot before that day. */
export function isDue(kb: KnowledgeBase, id: string, now: Date): boolean {
  const after = kb.factById.get(id)?.after;
  const event = after ? kb.eventById.get(after) : undefined;
  return !event || event.date <= isoDateOf(now);
}

export interface FactAnswerOptions {
  /** Whether the question wants a yes or a no; otherwise a leading verdict is dropped. */
  yesNo?: boolean;
}

/** One fact as an answer; facts about the end of the window also say where today stands. */
export function factAnswer(kb: KnowledgeBase, fact: LoadedFact, related: FactLink[], score: number, now: Date, options: FactAnswerOptions = {}): Answer {
  const live = mentionsWindowEnd(kb, fact.answer) ? windowStatusLine(kb, now) : null;
  const end = windowEnd(kb);
  const body = tensed(kb, options.yesNo === false ? withoutVerdict(fact.answer) : fact.answer, now);
  return {
    ...baseAnswer('fact', fact.title, live ? `${body}\n\n${live}` : body, score),
    factIds: [fact.id],
    sources: citeSources(kb, fact.sources),
    related,
    dates: live && end ? [{ label: end.title, date: end.date }] : [],
  };
}
