import type { KnowledgeBase } from '../knowledge/model.js';
import type { Answer } from './answer.js';

/** An autocomplete entry: `name` is shown to the user, `value` is sent back on submit. */
export interface Choice {
  name: string;
  value: string;
}

/**
 * Everything a front end may ask of the engine. Every method is pure given its arguments:
 * the clock comes in as `now`, never from the system.
 */
export interface Engine {
  readonly kb: KnowledgeBase;
  /** A free-text question → one cited answer, or an honest miss with suggestions. */
  ask(question: string, now: Date): Answer;
  /** One fact by id (Related / did-you-mean buttons); null when the id no longer exists. */
  fact(id: string, now: Date): Answer | null;
  deadline(now: Date): Answer;
  /** Overview without a name; one mineral's status with one (a miss for unknown names). */
  minerals(name: string | undefined, now: Date): Answer;
  /** Overview of who does what without a name; one agency or official with one. */
  agencies(name: string | undefined, now: Date): Answer;
  timeline(now: Date): Answer;
  glossary(term: string, now: Date): Answer;
  sources(now: Date): Answer;
  help(now: Date): Answer;
  /**
   * Autocomplete for /ask: distinct questions ranked for the partial text (useful defaults when
   * empty), one per fact, with named minerals, terms or agencies where the text starts their name.
   * Values are picks (`fact:<id>`, `mineral:<id>`, …; see parsePick), names what the reader sees.
   */
  suggestQuestions(partial: string, limit: number): Choice[];
  /**
   * Some clients submit what the user sees (a question choice's name) instead of its value, e.g.
   * when the user types a suggestion out in full: the value of the choice of that name, or null.
   */
  questionChoiceNamed(name: string): string | null;
  suggestMinerals(partial: string, limit: number): Choice[];
  suggestGlossary(partial: string, limit: number): Choice[];
  /** Every agency/official for a fixed choice list (value = id). */
  agencyChoices(): Choice[];
}
