import { MAX_ANSWER_TEXT, type Answer } from '../answer.js';
import { clip } from '../text/clip.js';

/** An answer with every list empty, so builders only fill what they have. */
export function baseAnswer(kind: Answer['kind'], title: string, text: string, score = 1): Answer {
  return {
    kind,
    intent: kind,
    answered: kind !== 'miss',
    title: clip(title, 256),
    text: clip(text, MAX_ANSWER_TEXT),
    factIds: [],
    sources: [],
    related: [],
    suggestions: [],
    fields: [],
    dates: [],
    score,
  };
}

/** Discord caps a field value at 1024 characters; every front end gets the same bound. */
export const MAX_FIELD_VALUE = 1024;
export const MAX_FIELD_NAME = 256;

export function field(name: string, value: string): { name: string; value: string } {
  return { name: clip(name, MAX_FIELD_NAME), value: clip(value, MAX_FIELD_VALUE) };
}

/** Joins names into fields of at most MAX_FIELD_VALUE characters ("Sources", "Sources (cont.)"). */
export function listFields(name: string, items: readonly string[], separator: string): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  let current = '';
  for (const item of items) {
    const next = current === '' ? item : `${current}${separator}${item}`;
    if (next.length > MAX_FIELD_VALUE && current !== '') {
      out.push(field(out.length === 0 ? name : `${name} (cont.)`, current));
      current = item;
    } else current = next;
  }
  if (current !== '') out.push(field(out.length === 0 ? name : `${name} (cont.)`, current));
  return out;
}
