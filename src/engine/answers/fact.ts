import type { KnowledgeBase, LoadedFact } from '../../knowledge/model.js';
import type { Answer, FactLink } from '../answer.js';
import { citeSources } from '../cite.js';
import { mentionsWindowEnd, windowEnd, windowStatusLine } from '../deadline-clock.js';
import { baseAnswer } from './base.js';

export const link = (fact: LoadedFact): FactLink => ({ id: fact.id, title: fact.title });

/** One fact as an answer; facts about the end of the window also say where today stands. */
export function factAnswer(kb: KnowledgeBase, fact: LoadedFact, related: FactLink[], score: number, now: Date): Answer {
  const live = mentionsWindowEnd(kb, fact.answer) ? windowStatusLine(kb, now) : null;
  const end = windowEnd(kb);
  return {
    ...baseAnswer('fact', fact.title, live ? `${fact.answer}\n\n${live}` : fact.answer, score),
    factIds: [fact.id],
    sources: citeSources(kb, fact.sources),
    related,
    dates: live && end ? [{ label: end.title, date: end.date }] : [],
  };
}
