import type { Answer, FactLink } from '../../src/engine/answer.js';
import type { Choice, Engine } from '../../src/engine/engine-api.js';
import type { KnowledgeBase } from '../../src/knowledge/model.js';
import type { Coverage } from '../../src/knowledge/schema.js';
import { base } from '../support/engine-double.js';

/**
 * A hand-written Engine for front-end tests: realistic answers, a record of every call, and a
 * question that makes it throw, so the CLI can be tested without the real engine or knowledge.
 */
export interface EngineDouble extends Engine {
  calls: string[];
}

export const WINDOW_FACT: FactLink = { id: 'window-end-date', title: 'When the negotiation window ends' };
export const TARIFF_FACT: FactLink = { id: 'no-tariff-yet', title: 'Whether a tariff applies now' };

export const FR_SOURCE = {
  id: 'S2',
  name: 'Federal Register: Proclamation 11001',
  title: 'Proclamation 11001 of January 14, 2026',
  publisher: 'Federal Register (OFR/NARA)',
  url: 'https://www.federalregister.gov/documents/2026/01/20/2026-01045',
  locator: 'clause (1)',
  authority: 0,
};
export const LAW_FIRM_SOURCE = { id: 'S6', name: 'Thompson Hine client alert', title: 'No Section 232 Tariff Now', publisher: 'Thompson Hine (SmarTrade)', locator: 'title', authority: 2 };

export function windowAnswer(): Answer {
  return base({
    kind: 'fact',
    title: WINDOW_FACT.title,
    text: 'Talks may run for 180 days from the signing on January 14, 2026, so the window closes on July 13, 2026.',
    factIds: [WINDOW_FACT.id],
    sources: [FR_SOURCE, LAW_FIRM_SOURCE],
    related: [TARIFF_FACT],
    dates: [{ label: 'Window ends', date: '2026-07-13' }],
    score: 0.92,
  });
}

export function missAnswer(): Answer {
  return base({
    kind: 'miss',
    answered: false,
    title: 'No confident answer',
    text: 'I could not find that in what I know about Proclamation 11001.',
    suggestions: [WINDOW_FACT, TARIFF_FACT],
    score: 0.2,
  });
}

const version = { hash: 'abc123def456', newestSourceDate: '2026-09-23' };

function emptyKnowledgeBase(): KnowledgeBase {
  return {
    facts: [],
    sources: [],
    agencies: [],
    minerals: [],
    glossary: [],
    products: [],
    events: [],
    coverage: { article: {}, dossier: {} } as Coverage,
    factById: new Map(),
    sourceById: new Map(),
    eventById: new Map(),
    version,
  };
}

/** Questions containing this make the double throw, standing in for an engine bug. */
export const EXPLODING_QUESTION = 'explode';

export function engineDouble(): EngineDouble {
  const calls: string[] = [];
  const simple = (kind: Answer['kind'], title: string): Answer => base({ kind, title, text: `${title} overview.` });
  return {
    kb: emptyKnowledgeBase(),
    calls,
    ask(question, now) {
      calls.push(`ask:${question}@${now.toISOString()}`);
      if (question.includes(EXPLODING_QUESTION)) throw new Error('engine bug');
      return /deadline|window/i.test(question) ? windowAnswer() : missAnswer();
    },
    fact(id) {
      calls.push(`fact:${id}`);
      return id === WINDOW_FACT.id ? windowAnswer() : null;
    },
    deadline(now) {
      calls.push(`deadline@${now.toISOString()}`);
      return { ...windowAnswer(), kind: 'deadline' };
    },
    minerals(name) {
      calls.push(`minerals:${name ?? ''}`);
      if (name === undefined) return simple('minerals', 'Critical minerals');
      return base({
        kind: 'mineral',
        title: name,
        text: `${name} is on the 2025 list.`,
        fields: [
          { name: 'Listed', value: 'yes' },
          { name: 'Named in the proclamation', value: 'no' },
        ],
      });
    },
    agencies(name) {
      calls.push(`agencies:${name ?? ''}`);
      return simple(name === undefined ? 'agencies' : 'agency', name ?? 'Who does what');
    },
    timeline() {
      calls.push('timeline');
      return simple('timeline', 'Timeline');
    },
    glossary(term) {
      calls.push(`glossary:${term}`);
      return simple('glossary', term);
    },
    sources() {
      calls.push('sources');
      return simple('sources', 'Sources');
    },
    help() {
      calls.push('help');
      return simple('help', 'Help');
    },
    suggestQuestions(): Choice[] {
      return [];
    },
    questionChoiceNamed(): string | null {
      return null;
    },
    suggestMinerals(): Choice[] {
      return [];
    },
    suggestGlossary(): Choice[] {
      return [];
    },
    agencyChoices(): Choice[] {
      return [];
    },
  };
}
