import type { EntityIndex, Mention } from '../entities.js';
import { findCountries, type Country } from '../lexicon/countries.js';
import { findTradeActions, type TradeAction } from '../lexicon/trade-actions.js';
import type { FactIndex } from '../search/fact-index.js';
import { pairsOf, questionWord } from '../search/fact-index.js';
import { queryTerms, rankFacts, type FactScore, type QueryTerm } from '../search/rank.js';
import type { Vocabulary } from '../search/vocabulary.js';
import { analyze, respelled, type Term } from '../text/analyze.js';
import { foldWords } from '../text/fold.js';
import { shapeOf, type Aspect, type TimeRelation } from './aspects.js';
import { cuesOf, namesProclamation, type Cue } from './cues.js';
import type { EventIndex, EventMention } from './event-index.js';

/**
 * Everything the engine reads from one question, worked out once before any rule runs: its words
 * and terms, what it names (minerals, products, agencies, terms, events, countries, other trade
 * actions), what it asks for and how it relates to today, and how the facts rank against it.
 */
export interface QuestionAnalysis {
  /** The question as the engine reads it (sanitised). */
  text: string;
  /** Folded words as typed, stop words included. */
  typed: readonly string[];
  /** Folded words after spelling correction, stop words included. */
  words: readonly string[];
  terms: readonly Term[];
  query: readonly QueryTerm[];
  /** Minerals, products, agencies and glossary terms named, longest names first. */
  mentions: readonly Mention[];
  events: readonly EventMention[];
  countries: readonly Country[];
  tradeActions: readonly TradeAction[];
  aspects: ReadonlySet<Aspect>;
  relations: ReadonlySet<TimeRelation>;
  cues: ReadonlySet<Cue>;
  /** Whether the question names Proclamation 11001 (or "this" action) explicitly. */
  namesProclamation: boolean;
  /** Facts ranked against the question, best first; worked out when a rule first asks. */
  readonly ranked: readonly FactScore[];
}

export interface Analyzer {
  analyse(question: string): QuestionAnalysis;
}

export interface AnalyzerParts {
  index: FactIndex;
  entities: EntityIndex;
  events: EventIndex;
  vocabulary: Vocabulary;
}

/** "Apart from co-leading the talks, does Commerce have any other duty?": what is set aside is not asked about. */
const EXCLUSION = /\b(?:apart from|aside from|besides|other than|leaving aside|setting aside|beyond) [^,;:?]+[,;:]\s*(?=\S)/gi;

function withoutExclusions(question: string): string {
  const kept = question.replace(EXCLUSION, '');
  return kept.trim().length > 0 ? kept : question;
}

/** "A tl;dr of what Commerce found": asking for a summary is the form of the answer; the rest is its topic. */
const FORMAT_TERMS = new Set(['summary']);

function withoutFormat(query: QueryTerm[]): QueryTerm[] {
  const topic = query.filter((q) => !FORMAT_TERMS.has(q.term));
  return topic.some((q) => q.known) ? topic : query;
}

/** The term a year after the knowledge's last one stands for: "tariffs in 2027?" asks about later. */
const LATER = 'later';

/** Years the knowledge reaches no further than: any later year is "later", which no fact dates. */
function laterYears(index: FactIndex): (term: string) => boolean {
  const years = [...index.df.keys()].filter((t) => /^(?:19|20)\d\d$/.test(t)).map(Number);
  const last = Math.max(...years);
  return (term) => /^(?:19|20)\d\d$/.test(term) && Number(term) > last;
}

export function createAnalyzer({ index, entities, events, vocabulary }: AnalyzerParts): Analyzer {
  const isLater = laterYears(index);
  return {
    analyse(asked) {
      const question = withoutExclusions(asked);
      const read = analyze(question, vocabulary.corrector);
      const { words } = read;
      const terms = read.terms.map((t) => (isLater(t.term) ? { ...t, term: LATER } : t));
      const typed = foldWords(question);
      const query = withoutFormat(queryTerms(terms, index));
      const corrected = words.join(' ');
      const countries = findCountries(typed);
      for (const c of findCountries(words)) if (!countries.includes(c)) countries.push(c);
      const { aspects, relations } = shapeOf(respelled(typed));
      let ranked: FactScore[] | undefined;
      return {
        text: question,
        typed,
        words,
        terms,
        query,
        mentions: entities.mentions(terms, question),
        events: events.mentions(terms),
        countries,
        tradeActions: findTradeActions(typed, words),
        aspects,
        relations,
        cues: cuesOf(`${typed.join(' ')} ${corrected}`),
        namesProclamation: namesProclamation(corrected) || namesProclamation(typed.join(' ')),
        // Most questions are answered before any rule needs the ranking of every part they were split into.
        get ranked() {
          ranked ??= rankFacts(index, query, pairsOf(terms.map((t) => t.term)), questionWord(question));
          return ranked;
        },
      };
    },
  };
}

/** The share of a question's weight carried by terms outside `explained`: what the question asks beyond them. */
export function residualShare(analysis: QuestionAnalysis, explained: (term: string) => boolean): number {
  const total = analysis.query.reduce((s, q) => s + q.weight * q.idf, 0);
  if (total === 0) return 0;
  return analysis.query.filter((q) => !explained(q.term)).reduce((s, q) => s + q.weight * q.idf, 0) / total;
}
