import { describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../src/engine/answer-schema.js';
import { MAX_ANSWER_TEXT, type Answer } from '../../src/engine/answer.js';
import { createEngine } from '../../src/engine/engine.js';
import { fixtureKb } from './fixture-kb.js';

const engine = createEngine(fixtureKb());
const NOW = new Date('2026-03-01T15:00:00Z');

function valid(answer: Answer): Answer {
  return AnswerSchema.parse(answer);
}

describe('ask: facts', () => {
  it('answers with one cited fact, its related facts kept apart from the text', () => {
    const a = valid(engine.ask('is there any tariff right now?', NOW));
    expect(a).toMatchObject({ kind: 'fact', answered: true, factIds: ['no-tariff-yet'] });
    expect(a.sources).toEqual([expect.objectContaining({ id: 'S2', publisher: 'Federal Register', url: 'https://example.com/fr', locator: '¶14' })]);
    expect(a.text).not.toContain('Related');
  });

  it('cites the document and never the team’s research notes', () => {
    const a = engine.fact('window-end-date', NOW) as Answer;
    expect(a.sources.map((s) => [s.id, s.locator])).toEqual([['S2', 'clause (1)']]);
  });

  it('lists the fact’s own related facts first', () => {
    expect(engine.fact('window-end-date', NOW)?.related[0]).toEqual({ id: 'no-tariff-yet', title: 'No tariff applies now' });
  });

  it('understands typos, abbreviations and synonyms', () => {
    expect(engine.ask('wen is teh deadlne', NOW).factIds).toEqual(['window-end-date']);
    expect(engine.ask('rare earth magnits?', NOW).title).toBe('Rare earth permanent magnets');
    expect(engine.ask('why does the article mention the DoD', NOW).factIds).toEqual(['pentagon-role']);
    expect(engine.ask('which executive order launched the 232 probe?', NOW).factIds).toEqual(['executive-order-origin']);
    expect(engine.ask('do importers pay any duties?', NOW).factIds).toEqual(['no-tariff-yet']);
  });
});

describe('ask: dates against the injected clock', () => {
  const line = (now: string, q = 'how many days are left until the deadline?') => engine.ask(q, new Date(now)).text.split('\n\n')[0];

  it('counts the days left before the window ends', () => {
    expect(line('2026-03-01T23:59:00Z')).toBe('The 180-day negotiation window closes on Monday, July 13, 2026, in 134 days.');
    expect(line('2026-07-12T00:00:00Z')).toBe('The 180-day negotiation window closes on Monday, July 13, 2026, in 1 day.');
  });

  it('says so on the last day', () => {
    expect(line('2026-07-13T12:00:00Z')).toBe('The 180-day negotiation window closes today, Monday, July 13, 2026.');
  });

  it('counts the days since the window closed, in UTC calendar days, in the past tense', () => {
    expect(line('2026-11-28T01:00:00Z')).toBe('The 180-day negotiation window closed on Monday, July 13, 2026, 138 days ago.');
    expect(line('2026-07-14T00:00:00Z')).toBe('The 180-day negotiation window closed on Monday, July 13, 2026, 1 day ago.');
  });

  it('answers "is it still open?" with the verdict for that day', () => {
    expect(line('2026-03-01T12:00:00Z', 'is the window still open?')).toBe('Yes. The 180-day negotiation window is still open: it closes on Monday, July 13, 2026, in 134 days.');
    expect(line('2026-11-28T12:00:00Z', 'is the window still open?')).toBe('No. The 180-day negotiation window closed on Monday, July 13, 2026, 138 days ago.');
    expect(line('2026-11-28T12:00:00Z', 'has the deadline passed?')).toBe('Yes. The 180-day negotiation window closed on Monday, July 13, 2026, 138 days ago.');
  });

  it('counts the days since any dated event, and between two of them', () => {
    expect(line('2026-12-01T12:00:00Z', 'how many days since it was signed?')).toBe('Proclamation 11001 was signed on Wednesday, January 14, 2026, 321 days ago.');
    expect(line('2026-12-01T12:00:00Z', 'how many days between signing and the federal register publication?')).toMatch(/^6 days apart\./);
  });

  it('attaches the window-end date for renderers', () => {
    expect(engine.ask('has the deadline passed?', NOW).dates).toEqual([{ label: 'Negotiation window ends', date: '2026-07-13' }]);
  });

  it('adds no live line to facts that are not about the window', () => {
    expect(engine.ask('who leads the talks', NOW).text).not.toMatch(/As of/);
  });
});

describe('ask: entities answered from the entities', () => {
  it('says a listed mineral is listed, and since when', () => {
    const a = valid(engine.ask('is copper a critical mineral?', NOW));
    expect(a).toMatchObject({ kind: 'mineral', answered: true, title: 'Copper (Cu)' });
    expect(a.text).toMatch(/^Yes\. Copper is on the final 2025 USGS List of Critical Minerals/);
    expect(a.text).toMatch(/added in 2025/);
    // Its only source is the research dossier, which readers never see.
    expect(a.sources).toEqual([]);
  });

  it('gives a clear no for a material that is not listed', () => {
    const a = engine.ask('is gold on the list?', NOW);
    expect(a).toMatchObject({ kind: 'mineral', title: 'Gold (Au)' });
    expect(a.text).toMatch(/^No\. Gold is not on the final 2025 USGS List/);
  });

  it('recognises a chemical symbol as typed but not everyday words', () => {
    expect(engine.ask('is Cu listed?', NOW).title).toBe('Copper (Cu)');
    expect(engine.ask('who leads the negotiations?', NOW).kind).toBe('fact');
    expect(engine.ask('procurement lead here: do we pay duty on magnets from Vietnam?', NOW).text).not.toMatch(/\bLead\b/);
  });

  it('answers an agency question from the agency', () => {
    const a = engine.ask('what does USTR do here?', NOW);
    expect(a).toMatchObject({ kind: 'agency', title: 'Office of the U.S. Trade Representative', text: 'Co-leads the negotiations with Commerce.' });
    expect(a.sources.map((s) => s.id)).toEqual(['S1']);
  });

  it('answers a definition question from the glossary', () => {
    const a = engine.ask('what is a PCMDP?', NOW);
    expect(a).toMatchObject({ kind: 'glossary', title: 'PCMDPs' });
    expect(a.sources[0]).toMatchObject({ id: 'S2', locator: 'title' });
  });
});

describe('ask: abstention', () => {
  const offTopic = ["what's the weather?", 'tell me a joke', 'who won the super bowl', 'how do I bake bread', 'best pizza in town', 'Can you recommend a good pizza place near the office?', 'what is the capital of France'];

  it.each(offTopic)('declines "%s" without inventing an answer', (q) => {
    const a = valid(engine.ask(q, NOW));
    expect(a).toMatchObject({ kind: 'miss', answered: false, factIds: [], sources: [] });
    expect(a.suggestions.length).toBeLessThanOrEqual(3);
  });

  it('offers did-you-mean facts on a near miss', () => {
    const a = engine.ask('deadline extension for bread', NOW);
    expect(a.kind).toBe('miss');
    expect(a.suggestions.map((s) => s.id)).toContain('window-end-date');
  });
});

describe('ask: bad input never throws and is never echoed', () => {
  const inputs: [string, string][] = [
    ['empty', ''],
    ['spaces', '   \n\t '],
    ['5,000 characters', 'tariff '.repeat(715)],
    ['emoji only', '🚀🔥💎🙌'],
    ['control characters', '\u0000\u0001\u0002\u001b[31m\u007f'],
    ['@everyone', '@everyone @here ping'],
    ['markdown', '**bold** `code` [link](https://evil.example) ||spoiler||'],
    ['Chinese', '关键矿产的截止日期是什么时候？'],
    ['Arabic', 'ما هو الموعد النهائي؟'],
    ['lone surrogate', 'deadline \ud800 now'],
  ];

  it.each(inputs)('%s → a polite, schema-valid reply', (_, input) => {
    const a = valid(engine.ask(input, NOW));
    expect(a.text.length).toBeGreaterThan(0);
    expect(a.text.length).toBeLessThanOrEqual(MAX_ANSWER_TEXT);
    if (a.kind === 'miss') {
      expect(a.text).not.toContain('@everyone');
      expect(a.text).not.toContain('evil.example');
      expect(a.text).not.toContain('关键');
    }
  });

  it('treats a non-string question as empty', () => {
    expect(engine.ask(undefined as unknown as string, NOW).kind).toBe('miss');
  });
});

describe('commands', () => {
  it('deadline: live line, what happens, and the three dates', () => {
    const a = valid(engine.deadline(new Date('2026-11-28T09:00:00Z')));
    expect(a.kind).toBe('deadline');
    expect(a.text).toMatch(/^As of November 28, 2026, the window closed 138 days ago/);
    expect(a.dates).toEqual([
      { label: 'Proclamation signed', date: '2026-01-14' },
      { label: 'Negotiation window ends', date: '2026-07-13' },
      { label: 'Update on the negotiations due', date: '2026-07-13' },
    ]);
    expect(a.sources.length).toBeGreaterThan(0);
  });

  it('minerals: overview with list fields, one mineral by name, a miss for unknown names', () => {
    const overview = valid(engine.minerals(undefined, NOW));
    expect(overview.kind).toBe('minerals');
    expect(overview.fields.find((f) => f.name.startsWith('Named in the proclamation'))?.value).toBe('Gallium, Terbium');
    expect(overview.fields.find((f) => f.name.startsWith('Added to the list in 2025'))?.value).toBe('Copper, Lead');
    expect(overview.fields[0]).toEqual({ name: 'On the final 2025 list (4)', value: 'Copper, Gallium, Lead, Terbium' });
    expect(engine.minerals('coper', NOW).title).toBe('Copper (Cu)');
    expect(engine.minerals('Cu', NOW).title).toBe('Copper (Cu)');
    expect(engine.minerals('gallium', NOW).fields).toContainEqual({ name: 'Named in the proclamation', value: 'Yes' });
    const miss = valid(engine.minerals('unobtainium', NOW));
    expect(miss.kind).toBe('miss');
    expect(miss.text).not.toContain('unobtainium');
  });

  it('agencies: who does what, with sub-agencies inside their parent', () => {
    const a = valid(engine.agencies(undefined, NOW));
    expect(a.kind).toBe('agencies');
    expect(a.fields.map((f) => f.name)).toEqual(['Department of Commerce (with BIS)', 'Office of the U.S. Trade Representative', 'Department of War']);
    expect(engine.agencies('pentagon', NOW)).toMatchObject({ kind: 'agency', title: 'Department of War' });
    expect(engine.agencies('bis', NOW).fields).toContainEqual({ name: 'Part of', value: 'Department of Commerce' });
  });

  it('timeline: events oldest first as fields, computed dates marked', () => {
    const a = valid(engine.timeline(NOW));
    expect(a.fields.map((f) => f.name)).toEqual(['January 14, 2026', 'January 20, 2026', 'July 13, 2026 (computed)']);
    expect(a.dates).toEqual([]);
  });

  it('glossary: by id, name or alias; unknown terms miss politely', () => {
    expect(engine.glossary('section-232', NOW).title).toBe('Section 232');
    expect(engine.glossary('trade expansion act', NOW).title).toBe('Section 232');
    expect(engine.glossary('xyzzy', NOW).kind).toBe('miss');
  });

  it('sources: one entry per public source, official texts first, excluded ones marked; no research notes, no ids', () => {
    const a = valid(engine.sources(NOW));
    expect(a.fields.map((f) => f.name)).toEqual(['Federal Register', 'Indian Chemical News', 'Never cited: Spam site']);
    expect(a.fields[0]).toMatchObject({ value: 'Federal Register, January 20, 2026: Proclamation 11001', url: 'https://example.com/fr' });
    expect(JSON.stringify(a.fields)).not.toMatch(/\bS\d+\b|dossier/i);
  });

  it('help: what the bot is; the commands are the front end’s to list', () => {
    const a = valid(engine.help(NOW));
    expect(a.text).toMatch(/from \d+ checked facts and 2 public sources/);
    expect(a.fields).toEqual([]);
  });

  it('fact: by id for buttons, null for an unknown id', () => {
    expect(engine.fact('no-tariff-yet', NOW)?.factIds).toEqual(['no-tariff-yet']);
    expect(engine.fact('gone', NOW)).toBeNull();
  });
});

describe('autocomplete', () => {
  it('offers useful questions before anything is typed', () => {
    const choices = engine.suggestQuestions('', 5);
    expect(choices.length).toBe(5);
    expect(choices[0]?.name).toBe('When is the deadline?');
  });

  it('completes a half-typed word', () => {
    expect(engine.suggestQuestions('tari', 3)).toContainEqual({ name: 'Is there a tariff now?', value: 'fact:no-tariff-yet' });
    expect(engine.suggestQuestions('who lea', 3)[0]).toEqual({ name: 'Who leads the talks?', value: 'fact:who-leads-negotiations' });
  });

  it('maps a question choice submitted by its name back to its value', () => {
    expect(engine.questionChoiceNamed('  who LEADS the talks? ')).toBe('fact:who-leads-negotiations');
    expect(engine.questionChoiceNamed('Is gallium a critical mineral?')).toBe('mineral:gallium');
    expect(engine.questionChoiceNamed('who leads the talks and when')).toBeNull();
  });

  it('respects the limit and Discord’s bounds', () => {
    expect(engine.suggestQuestions('the', 100).length).toBeLessThanOrEqual(25);
    expect(engine.suggestQuestions('x'.repeat(5000), 25).every((c) => c.name.length <= 100 && c.value.length <= 100)).toBe(true);
    expect(engine.suggestQuestions('deadline', 0)).toEqual([]);
  });

  it('suggests minerals and glossary terms by prefix, with ids as values', () => {
    expect(engine.suggestMinerals('co', 5)[0]).toEqual({ name: 'Copper (Cu) — on the 2025 list', value: 'copper' });
    expect(engine.suggestMinerals('gol', 5)[0]?.name).toBe('Gold (Au) — not on the 2025 list');
    expect(engine.suggestGlossary('pcm', 5)[0]).toEqual({ name: 'PCMDPs', value: 'pcmdp' });
  });

  it('lists every agency as a fixed choice', () => {
    expect(engine.agencyChoices().map((c) => c.value)).toEqual(['commerce', 'bis', 'ustr', 'department-of-war']);
  });
});
