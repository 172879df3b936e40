import type { Answer, CitedSource, FactLink } from '../../src/engine/answer.js';
import type { Choice, Engine } from '../../src/engine/engine-api.js';
import type { KnowledgeBase } from '../../src/knowledge/model.js';

/**
 * A hand-written Engine for the Discord front end until (and beside) the real one: realistic
 * answers, misses with many suggestions, answers larger than Discord allows, a Related link to a
 * fact that no longer exists, and a question that makes it throw.
 */
export const FR: CitedSource = {
  id: 'S2',
  name: 'Federal Register: Proclamation 11001',
  title: 'Proclamation 11001 of January 14, 2026',
  publisher: 'Federal Register (OFR/NARA)',
  url: 'https://www.federalregister.gov/documents/2026/01/20/2026-01045',
  locator: 'clause (1), located via a policy tracker',
  authority: 0,
};
export const FACT_SHEET: CitedSource = {
  id: 'S5',
  name: 'White House fact sheet',
  title: 'Fact Sheet: President Donald J. Trump Directs Negotiations',
  publisher: 'The White House',
  url: 'https://www.pubt.io/view/9B8C5EA1ED8D18C07A79C0621AACB28A372CCB67',
  mirror: 'pubt.io',
  locator: '4th bullet',
  authority: 1,
};

export const FACTS: FactLink[] = [
  { id: 'window-end-date', title: 'When the negotiation window ends' },
  { id: 'no-tariff-yet', title: 'Whether a tariff applies now' },
  { id: 'pcmdp-meaning', title: 'What PCMDP stands for' },
  { id: 'ustr-role', title: 'What USTR does under the proclamation' },
  { id: 'copper-covered', title: 'Whether copper is covered' },
  { id: 'decision-deadline', title: 'When the President had to decide' },
  { id: 'six-months-vs-180-days', title: 'Six months or 180 days?' },
  { id: 'article-summary', title: 'What the ICN article reported' },
];
/** Linked from the window fact but gone from the knowledge, like a fact removed by an update. */
export const REMOVED_FACT: FactLink = { id: 'renamed-long-ago', title: 'A fact that was removed' };
export const EXPLODING_QUESTION = 'explode';
export const HUGE_QUESTION = 'everything at once';

/** A hand-built answer, unclipped so tests can exceed Discord's limits on purpose. */
export function base(partial: Partial<Answer> & Pick<Answer, 'kind' | 'title' | 'text'>): Answer {
  return { intent: partial.kind, answered: true, factIds: [], sources: [], related: [], suggestions: [], fields: [], dates: [], score: 1, ...partial };
}

export function factAnswer(link: FactLink): Answer {
  if (link.id === 'window-end-date') {
    return base({
      kind: 'fact',
      title: link.title,
      text: 'Talks may run for 180 days from the signing on January 14, 2026, so the window closes on July 13, 2026.',
      factIds: [link.id],
      sources: [FR, FACT_SHEET],
      related: [FACTS[1] as FactLink, FACTS[6] as FactLink, REMOVED_FACT],
      dates: [{ label: 'Window ends', date: '2026-07-13' }],
      score: 0.93,
    });
  }
  return base({ kind: 'fact', title: link.title, text: `${link.title}: answered from the fact sheet.`, factIds: [link.id], sources: [FACT_SHEET], related: [FACTS[0] as FactLink] });
}

/** Every Discord limit exceeded at once (within what the Answer schema itself allows). */
export function hugeAnswer(): Answer {
  const long = (n: number, seed: string): string => `${seed} `.repeat(Math.ceil(n / (seed.length + 1))).slice(0, n);
  return base({
    kind: 'fact',
    title: long(400, '**Bold** _title_'),
    text: long(1000, '@everyone <@123456789012345678> *stars* and `ticks` https://example.com/a_b_c'),
    factIds: ['window-end-date'],
    sources: Array.from({ length: 40 }, (_, i) => ({ ...FR, id: `S${i + 1}`, locator: long(120, 'locator') })),
    related: Array.from({ length: 40 }, (_, i) => ({ id: `related-${i}`, title: long(150, `Related ${i}`) })),
    fields: Array.from({ length: 30 }, (_, i) => ({ name: long(300, `Field ${i}`), value: long(2000, 'value') })),
    dates: Array.from({ length: 60 }, (_, i) => ({ label: long(80, `Date ${i}`), date: '2026-07-13' })),
  });
}

function miss(title: string): Answer {
  return base({
    kind: 'miss',
    answered: false,
    title,
    text: 'I could not find that in what I know about Proclamation 11001. Did you mean one of these?',
    suggestions: FACTS,
    score: 0.12,
  });
}

const QUESTIONS: Choice[] = [
  ...FACTS.map((f) => ({ name: `${f.title}?`, value: `fact:${f.id}` })),
  ...Array.from({ length: 30 }, (_, i) => ({ name: `Another way to ask question number ${i} about the proclamation?`, value: `fact:${FACTS[i % FACTS.length]?.id}` })),
  { name: `A very long suggestion ${'that keeps going '.repeat(12)}`, value: `the same very long question ${'typed out in full '.repeat(10)}` },
];

const knowledge = { version: { hash: 'abc123def456', newestSourceDate: '2026-09-23' } } as unknown as KnowledgeBase;

export interface DiscordEngineDouble extends Engine {
  calls: string[];
}

export function engineDouble(): DiscordEngineDouble {
  const calls: string[] = [];
  const simple = (kind: Answer['kind'], title: string): Answer => base({ kind, title, text: `${title} overview.`, sources: [FACT_SHEET] });
  return {
    kb: knowledge,
    calls,
    ask(question, now) {
      calls.push(`ask:${question}@${now.toISOString()}`);
      if (question.includes(EXPLODING_QUESTION)) throw new Error('engine bug');
      if (question.includes(HUGE_QUESTION)) return hugeAnswer();
      if (/deadline|window/i.test(question)) return factAnswer(FACTS[0] as FactLink);
      return miss('No confident answer');
    },
    fact(id, now) {
      calls.push(`fact:${id}@${now.toISOString()}`);
      const link = FACTS.find((f) => f.id === id);
      return link ? factAnswer(link) : null;
    },
    deadline(now) {
      calls.push(`deadline@${now.toISOString()}`);
      return { ...factAnswer(FACTS[0] as FactLink), kind: 'deadline', text: 'The negotiation window ends on July 13, 2026. If no agreement is reached by then, the President may take other action.' };
    },
    minerals(name) {
      calls.push(`minerals:${name ?? ''}`);
      if (name === undefined) return simple('minerals', 'Critical minerals');
      if (name !== 'copper') return { ...miss(`No mineral called "${name}"`), kind: 'mineral' };
      return base({ kind: 'mineral', title: 'Copper', text: 'Copper was added to the 2025 list.', fields: [{ name: 'Listed', value: 'yes' }, { name: 'Added in 2025', value: 'yes' }], sources: [FACT_SHEET] });
    },
    agencies(name) {
      calls.push(`agencies:${name ?? ''}`);
      return simple(name === undefined ? 'agencies' : 'agency', name ?? 'Who does what');
    },
    timeline() {
      calls.push('timeline');
      return base({
        kind: 'timeline',
        title: 'Timeline',
        text: 'From the 2025 investigation to the end of the negotiation window.',
        dates: [
          { label: 'Proclamation signed', date: '2026-01-14' },
          { label: 'Negotiation window ends', date: '2026-07-13' },
        ],
        sources: [FR],
      });
    },
    glossary(term) {
      calls.push(`glossary:${term}`);
      return term === 'PCMDP' ? simple('glossary', 'PCMDP') : { ...miss(`No glossary entry for "${term}"`), kind: 'glossary' };
    },
    sources() {
      calls.push('sources');
      return base({ kind: 'sources', title: 'Sources', text: 'The answers cite these documents.', fields: [{ name: FR.name, value: FR.title, ...(FR.url ? { url: FR.url } : {}) }] });
    },
    help() {
      calls.push('help');
      return simple('help', 'Help');
    },
    suggestQuestions(partial, limit) {
      calls.push(`suggestQuestions:${partial}`);
      const p = partial.trim().toLowerCase();
      return QUESTIONS.filter((q) => q.name.toLowerCase().includes(p)).slice(0, Math.max(limit, 30));
    },
    questionChoiceNamed(name) {
      calls.push(`questionChoiceNamed:${name}`);
      return QUESTIONS.find((q) => q.name.toLowerCase() === name.trim().toLowerCase())?.value ?? null;
    },
    suggestMinerals(partial, limit) {
      return [{ name: 'Copper (Cu)', value: 'copper' }, { name: 'Lithium (Li)', value: 'lithium' }].filter((c) => c.name.toLowerCase().includes(partial.toLowerCase())).slice(0, limit);
    },
    suggestGlossary(partial, limit) {
      return [{ name: 'PCMDP', value: 'PCMDP' }].filter((c) => c.name.toLowerCase().includes(partial.toLowerCase())).slice(0, limit);
    },
    agencyChoices() {
      return [
        { name: 'Office of the U.S. Trade Representative (USTR)', value: 'ustr' },
        { name: 'Department of Commerce', value: 'commerce' },
        { name: 'Customs and Border Protection (CBP)', value: 'cbp' },
      ];
    },
  };
}
