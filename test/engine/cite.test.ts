import { describe, expect, it } from 'vitest';
import { citeSources, humanLocator, restsOnSubject } from '../../src/engine/cite.js';
import type { KnowledgeBase } from '../../src/knowledge/model.js';
import { parseKnowledge } from '../../src/knowledge/parse.js';

const SOURCES = `sources:
  - { id: S0, title: Dossier, publisher: team, kind: research-dossier }
  - { id: S2, title: Proclamation, publisher: Federal Register, name: "Federal Register: Proclamation 11001", kind: federal-register, url: "https://www.federalregister.gov/d/1", subject: true }
  - { id: S3, title: Tracker, publisher: GitHub, name: Policy tracker, kind: data-index, url: "https://github.com/t", locates: [{ source: S22, when: src-fedreg-eo }, { source: S2 }] }
  - { id: S5, title: Fact sheet, publisher: The White House, name: White House fact sheet, kind: official, url: "https://www.pubt.io/v/1", mirror: pubt.io }
  - { id: S6, title: Alert, publisher: Thompson Hine, name: Thompson Hine client alert, kind: law-firm, url: "https://th.example/a" }
  - { id: S13, title: Reuters, publisher: Miningmx, name: Reuters report, kind: wire }
  - { id: S18, title: Summaries, publisher: particle.news, kind: aggregator }
  - { id: S22, title: EO 14272, publisher: Federal Register, name: "Federal Register: EO 14272", kind: federal-register, url: "https://www.federalregister.gov/d/2" }
facts:
  - { id: f, title: F, answer: A., questions: [a b c, d e f, g h i], tags: [t], sources: [{ id: S6, locator: title }], confidence: secondary }
`;

function kb(): KnowledgeBase {
  const result = parseKnowledge([{ path: 'knowledge/sources.yaml', text: SOURCES }]);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.kb;
}

const shown = (refs: { id: string; locator: string }[], limit?: number) => citeSources(kb(), refs, limit).map((s) => [s.name, s.locator]);

describe('citeSources', () => {
  it('shows at most three, strongest kind first, and never the research notes', () => {
    expect(shown([
      { id: 'S18', locator: 'story 1' },
      { id: 'S0', locator: '§2 O3' },
      { id: 'S13', locator: 'Reuters report' },
      { id: 'S6', locator: 'title' },
      { id: 'S5', locator: 'bullet 4' },
    ])).toEqual([
      ['White House fact sheet', '4th bullet'],
      ['Thompson Hine client alert', 'title'],
      ['Reuters report', 'Reuters report'],
    ]);
    expect(shown([{ id: 'S6', locator: 'title' }, { id: 'S5', locator: 'bullet 4' }], 1)).toEqual([['White House fact sheet', '4th bullet']]);
  });

  it('shows what an index located in the official text against that text, and says through what', () => {
    expect(shown([{ id: 'S3', locator: 'control-measures.json legalBasisAsStated, clause (1)' }, { id: 'S6', locator: 'title' }])).toEqual([
      ['Federal Register: Proclamation 11001', 'clause (1), located via Policy tracker'],
      ['Thompson Hine client alert', 'title'],
    ]);
    expect(shown([{ id: 'S3', locator: 'control-measures.json as of 2026-09-23' }])).toEqual([['Federal Register: Proclamation 11001', 'located via Policy tracker']]);
    expect(shown([{ id: 'S3', locator: 'sources.json src-fedreg-eo-14272' }])).toEqual([['Federal Register: EO 14272', 'located via Policy tracker']]);
    expect(restsOnSubject(kb(), [{ id: 'S3', locator: 'para. 1' }])).toBe(true);
    expect(restsOnSubject(kb(), [{ id: 'S3', locator: 'sources.json src-fedreg-eo-14272' }])).toBe(false);
  });

  it('does not credit an index with a place read directly', () => {
    expect(shown([{ id: 'S2', locator: 'para. 1' }, { id: 'S3', locator: 'control-measures.json' }])).toEqual([['Federal Register: Proclamation 11001', '¶1']]);
    expect(shown([{ id: 'S2', locator: 'heading' }, { id: 'S3', locator: 'clause (1)' }])).toEqual([['Federal Register: Proclamation 11001', 'heading; clause (1), located via Policy tracker']]);
  });

  it('leads with the proclamation’s own document among equally strong sources', () => {
    expect(shown([{ id: 'S22', locator: '§1' }, { id: 'S2', locator: 'heading' }])[0]).toEqual(['Federal Register: Proclamation 11001', 'heading']);
  });

  it('names a mirror as a mirror and keeps the registry id for --json', () => {
    expect(citeSources(kb(), [{ id: 'S5', locator: 'bullet 4' }])).toEqual([
      { id: 'S5', name: 'White House fact sheet', title: 'Fact sheet', publisher: 'The White House', url: 'https://www.pubt.io/v/1', mirror: 'pubt.io', locator: '4th bullet', authority: 1 },
    ]);
  });

  it('joins several locators of one source, and cites its own citations again unchanged', () => {
    const refs = [{ id: 'S2', locator: 'heading' }, { id: 'S3', locator: 'para. 1; clauses (1)–(3)' }, { id: 'S6', locator: '¶8' }, { id: 'S6', locator: '¶8; ¶9' }];
    const first = citeSources(kb(), refs);
    expect(first.map((s) => s.locator)).toEqual(['heading; ¶1; clauses (1)–(3), located via Policy tracker', '¶8; ¶9']);
    expect(citeSources(kb(), first.map((s) => ({ id: s.id, locator: s.locator })))).toEqual(first);
  });
});

describe('humanLocator', () => {
  it.each([
    ['para. 4', '¶4'],
    ['paras. 4, 12–14', '¶¶4, 12–14'],
    ['bullet 4', '4th bullet'],
    ['bullets 1 and 3', '1st and 3rd bullets'],
    ['events.json evt-us-proc-11001-2026 (FR heading)', 'events record (FR heading)'],
    ['statusHistory note (180-day update)', 'status history note (180-day update)'],
    ['705.11(a)(3)', '705.11(a)(3)'],
    ['clause (1), located via Policy tracker', 'clause (1), located via Policy tracker'],
  ])('%j reads as %j', (raw, human) => {
    expect(humanLocator(raw)).toBe(human);
  });
});
