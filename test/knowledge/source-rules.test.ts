import { describe, expect, it } from 'vitest';
import { parseKnowledge } from '../../src/knowledge/parse.js';

/** One knowledge file: a fact citing `cites` with `confidence`, over the given source entries. */
function file(sources: string, cites: string, confidence = 'primary'): string {
  return `sources:
${sources}
facts:
  - id: a-fact
    title: A fact
    answer: It is so.
    questions: [is it so, is that so, so what]
    tags: [so]
    sources: [${cites}]
    confidence: ${confidence}
`;
}

const NOTE = `  - { id: S0, title: Notes, publisher: team, kind: research-dossier }`;
const AGGREGATOR = `  - { id: S18, title: Summaries, publisher: particle.news, kind: aggregator, url: "https://particle.news/x" }`;
const FR = `  - { id: S2, title: Proclamation, publisher: Federal Register, kind: federal-register, url: "https://www.federalregister.gov/d/1", subject: true }`;
const problems = (text: string): string[] => {
  const result = parseKnowledge([{ path: 'knowledge/base.yaml', text }]);
  return result.ok ? [] : result.problems;
};

describe('knowledge:check on the source registry', () => {
  it('fails a primary fact resting only on research notes or aggregators, and names it', () => {
    expect(problems(file(`${NOTE}\n${AGGREGATOR}`, '{ id: S0, locator: "§1" }, { id: S18, locator: "story 1" }'))).toEqual([
      'knowledge/base.yaml: fact "a-fact": confidence is primary but it cites only research notes or aggregators; cite a document readers can open, or lower the confidence',
    ]);
    expect(problems(file(`${NOTE}\n${AGGREGATOR}`, '{ id: S18, locator: "story 1" }', 'secondary'))).toEqual([]);
    expect(problems(file(`${NOTE}\n${FR}`, '{ id: S0, locator: "§1" }, { id: S2, locator: "clause (1)" }'))).toEqual([]);
  });

  it('counts a source flagged researchNote as a research note whatever its kind', () => {
    const notes = `  - { id: S42, title: Notes, publisher: repos, kind: data-index, researchNote: true }`;
    expect(problems(file(notes, '{ id: S42, locator: "note" }')).join('\n')).toContain('cites only research notes or aggregators');
  });

  it('holds a mirror to the host its link opens', () => {
    const mirror = (host: string) => `  - { id: S5, title: Fact sheet, publisher: The White House, kind: official, url: "https://www.pubt.io/view/1", mirror: ${host} }`;
    expect(problems(file(mirror('pubt.io'), '{ id: S5, locator: "bullet 4" }'))).toEqual([]);
    expect(problems(file(mirror('whitehouse.gov'), '{ id: S5, locator: "bullet 4" }'))).toEqual([
      'knowledge/base.yaml: source "S5": mirror "whitehouse.gov" is not the host its url opens (www.pubt.io)',
    ]);
  });

  it('allows one subject document, and an index only to point into documents readers can see', () => {
    const second = `  - { id: S4, title: Page, publisher: The White House, kind: official-text, url: "https://www.whitehouse.gov/p", subject: true }`;
    expect(problems(file(`${FR}\n${second}`, '{ id: S2, locator: "heading" }'))).toEqual([
      'knowledge/base.yaml: source "S4": subject is already S2; only one document is the proclamation\'s',
    ]);
    const index = (target: string) => `  - { id: S3, title: Tracker, publisher: GitHub, kind: data-index, url: "https://github.com/x", locates: [{ source: ${target} }] }`;
    expect(problems(file(`${FR}\n${NOTE}\n${index('S2')}`, '{ id: S3, locator: "para. 1" }'))).toEqual([]);
    expect(problems(file(`${FR}\n${NOTE}\n${index('S0')}`, '{ id: S3, locator: "para. 1" }'))).toEqual([
      'knowledge/base.yaml: source "S3": locates[0].source "S0" is never shown to readers',
    ]);
    expect(problems(file(`${FR}\n${index('S9')}`, '{ id: S3, locator: "para. 1" }'))).toEqual(['knowledge/base.yaml: source "S3": locates[0].source "S9" does not exist']);
  });
});
