import type { Answer } from '../engine/answer.js';
import { MAX_CHOICES, parsePick } from '../engine/autocomplete.js';
import type { Engine } from '../engine/engine-api.js';
import { PoliteRefusal } from './refusal.js';
import { defineCommand } from './spec.js';

const MAX_QUESTION = 300;
const EXAMPLE = 'When does the negotiation window end?';
const STALE = 'That suggestion is out of date (the knowledge was updated). Please type your question again.';

/** A picked suggestion arrives as its value (`fact:<id>`, `mineral:<id>`, …); anything else is a question. */
function resolve(submitted: string, engine: Engine, now: Date): Answer {
  const value = engine.questionChoiceNamed(submitted) ?? submitted;
  const pick = parsePick(value);
  if (pick === null) return engine.ask(value, now);
  if (pick.kind === 'fact') {
    const answer = engine.fact(pick.id, now);
    if (answer === null) throw new PoliteRefusal(STALE);
    return answer;
  }
  const named = pick.kind === 'mineral' ? engine.minerals(pick.id, now) : pick.kind === 'agency' ? engine.agencies(pick.id, now) : engine.glossary(pick.id, now);
  if (!named.answered) throw new PoliteRefusal(STALE);
  return named;
}

export const ask = defineCommand({
  name: 'ask',
  description: 'Ask a question about Proclamation 11001 (Section 232, processed critical minerals)',
  help: 'Any question about Proclamation 11001 in your own words, e.g. “how many days are left?” or “is copper a critical mineral?”. Answers cite their strongest sources; when I am not sure I say so and suggest close questions.',
  options: [
    {
      name: 'question',
      description: `Your question, e.g. "${EXAMPLE}"`,
      required: true,
      maxLength: MAX_QUESTION,
      missing: `Please type a question, for example "${EXAMPLE}"`,
      suggest: (engine, partial) => engine.suggestQuestions(partial, MAX_CHOICES),
    },
  ],
  access: 'everyone',
  shareable: true,
  run: ({ question }, { engine, now }) => resolve(question, engine, now),
  // A picked suggestion arrives as its value; the answer's title already says what it answers.
  asked: ({ question }) => (parsePick(question) === null ? question : undefined),
});
