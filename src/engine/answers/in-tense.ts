import { isoDateOf } from '../../knowledge/dates.js';
import type { KnowledgeBase } from '../../knowledge/model.js';
import { inTense } from '../../knowledge/tense.js';

/** A knowledge text as read on `now`'s day: each {tense:…} token in the form that day calls for. */
export function tensed(kb: KnowledgeBase, text: string, now: Date): string {
  return inTense(text, (id) => kb.eventById.get(id)?.date, isoDateOf(now));
}
