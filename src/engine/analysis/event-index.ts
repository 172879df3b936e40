import type { KnowledgeBase, LoadedEvent } from '../../knowledge/model.js';
import { termsOf, type Term } from '../text/analyze.js';
import { dateLiterals, isDayOf } from './date-literals.js';

/** A dated event a question names, with the question terms its name accounts for. */
export interface EventMention {
  event: LoadedEvent;
  /** Question terms the matched name used: they are explained, whatever else the question asks. */
  named: ReadonlySet<string>;
  /** Where in the question its name starts, so "was A before B" keeps A and B apart. */
  at: number;
}

/** Words that name the proclamation's own events only when nothing else is being signed or published. */
const GENERIC_EVENT_WORDS = new Set(termsOf('signed published report president trump proclamation 11001'));

/** An event named by more than "signed" or "published" ("EO 14272 signed", "the USGS list came out"). */
export function namedSpecifically(mention: EventMention): boolean {
  return [...mention.named].some((t) => !GENERIC_EVENT_WORDS.has(t));
}

export interface EventIndex {
  /** Events a question names, most specific first; an event is named when all terms of one of its names are present. */
  mentions(terms: readonly Term[]): EventMention[];
}

/** Other terms a name's own may have between them ("EO 14272, which started the probe, signed"). */
const MAX_GAP = 4;

/** Terms of a question short enough to be asking about a date it writes out. */
const SHORT_QUESTION_TERMS = 6;

/**
 * Events are named by bags of terms, not phrases: "when was EO 14272 signed" names the event whose
 * name is "EO 14272 signed" however the words are ordered. Where several events match, the one
 * whose name uses more of the question's terms wins, so "EO 14272 signed" beats "signed".
 */
export function buildEventIndex(kb: KnowledgeBase): EventIndex {
  const names = kb.events.flatMap((event) =>
    [...event.aliases].map((alias) => ({ event, terms: [...new Set(termsOf(alias))] })).filter((n) => n.terms.length > 0),
  );
  return {
    mentions(terms) {
      const present = new Set(terms.map((t) => t.term));
      const best = new Map<string, EventMention>();
      // Every question term any of an event's names uses ("90-day decision", "90-day window").
      const used = new Map<string, Set<string>>();
      for (const name of names) {
        if (!name.terms.every((t) => present.has(t))) continue;
        // A name's words strewn across a long question ("how MANY days between PUBLICATION … the WINDOW")
        // are other things' words, not that name said.
        const places = name.terms.map((t) => terms.findIndex((q) => q.term === t));
        if (Math.max(...places) - Math.min(...places) > name.terms.length + MAX_GAP) continue;
        used.set(name.event.id, new Set([...(used.get(name.event.id) ?? []), ...name.terms]));
        const previous = best.get(name.event.id);
        const at = Math.min(...name.terms.map((t) => terms.findIndex((q) => q.term === t)));
        if (!previous || previous.named.size < name.terms.length) best.set(name.event.id, { event: name.event, named: new Set(name.terms), at });
      }
      // "What weekday was July 13 2026?": one date written out in a short question that names no
      // event stands for the event of that day. Beside a named event ("did the 180 days end on
      // July 14?"), in a long message ("we told customers tariffs came on Jan 14") or weighed
      // against another date ("is it July 13 or July 14?") it is a claim to check, not an event.
      const literals = best.size === 0 && terms.length <= SHORT_QUESTION_TERMS ? dateLiterals(terms) : [];
      for (const literal of literals.length === 1 ? literals : []) {
        const event = kb.events.find((e) => !e.derived && isDayOf(literal, e.date)) ?? kb.events.find((e) => isDayOf(literal, e.date));
        if (event && !best.has(event.id)) best.set(event.id, { event, named: new Set(literal.terms), at: literal.at });
      }
      const found = [...best.values()].sort((a, b) => b.named.size - a.named.size);
      // A name wholly inside one of a more specific event's names ("signed" within "EO 14272 signed",
      // "window" within "90-day window") is that event's word, not a second event.
      const usedBy = (m: EventMention) => used.get(m.event.id) ?? m.named;
      return found.filter((m, i) => !found.slice(0, i).some((o) => o.named.size > m.named.size && [...m.named].every((t) => usedBy(o).has(t))));
    },
  };
}
