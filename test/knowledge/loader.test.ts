import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/knowledge/errors.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { parseKnowledge } from '../../src/knowledge/parse.js';
import { runKnowledgeCommand } from '../../src/cli/knowledge-command.js';

const FIXTURES = 'test/fixtures/knowledge';

function problemsOf(fixture: string): string[] {
  try {
    loadKnowledge(join(FIXTURES, fixture));
  } catch (err) {
    expect(err).toBeInstanceOf(KnowledgeError);
    return [...(err as KnowledgeError).problems];
  }
  throw new Error(`fixture ${fixture} loaded although it is broken`);
}

describe('loading a valid knowledge folder', () => {
  const kb = loadKnowledge(join(FIXTURES, 'valid'));

  it('computes derived event dates and resolves placeholders in answers', () => {
    expect(kb.eventById.get('window-end-day')).toMatchObject({ date: '2026-07-13', derived: true });
    expect(kb.factById.get('window-end')?.answer).toBe('The window closes on Monday, July 13, 2026, 180 days after signing.');
  });

  it('names each fact by the file it came from and versions the content', () => {
    expect(kb.factById.get('supersession')?.topic).toBe('base');
    expect(kb.version.hash).toMatch(/^[0-9a-f]{12}$/);
    expect(kb.version.newestSourceDate).toBe('2026-01-20');
  });

  it('gives the same version for the same content and a new one after an edit', () => {
    const text = readFileSync(join(FIXTURES, 'valid/base.yaml'), 'utf8');
    const load = (t: string) => {
      const result = parseKnowledge([{ path: 'knowledge/base.yaml', text: t }]);
      if (!result.ok) throw new Error(result.problems.join('\n'));
      return result.kb.version.hash;
    };
    expect(load(text)).toBe(load(text));
    expect(load(text.replace('Co-leads', 'Jointly leads'))).not.toBe(load(text));
  });
});

describe('broken knowledge stops the load with a message naming file, entry and field', () => {
  const file = (fixture: string) => `${FIXTURES}/${fixture}/base.yaml`;

  it('a malformed YAML file', () => {
    const [problem, ...rest] = problemsOf('malformed-yaml');
    expect(rest).toEqual([]);
    expect(problem).toMatch(new RegExp(`^${file('malformed-yaml')}: YAML syntax error: .*line 14, column 3$`));
  });

  it('an unknown field', () => {
    expect(problemsOf('unknown-field')).toEqual([`${file('unknown-field')}: agency "ustr": unknown field "website"`]);
  });

  it('a duplicate id', () => {
    expect(problemsOf('duplicate-id')).toContain(
      `${file('duplicate-id')}: fact "window-end": duplicate id (first defined in ${file('duplicate-id')})`,
    );
  });

  it('a dangling source reference', () => {
    expect(problemsOf('dangling-source')).toEqual([`${file('dangling-source')}: agency "ustr": sources[0].id "S99" does not exist`]);
  });

  it('an invalid date', () => {
    expect(problemsOf('invalid-date')).toEqual([`${file('invalid-date')}: event "signed": date: must be a calendar date written YYYY-MM-DD`]);
  });

  it('an empty answer', () => {
    expect(problemsOf('empty-answer')).toEqual([`${file('empty-answer')}: fact "supersession": answer: must not be empty`]);
  });

  it('dangling related facts, an aftermath of no event, unknown placeholder events, unattributed article-only facts and date cycles', () => {
    expect(problemsOf('bad-references').sort()).toEqual(
      [
        `${file('bad-references')}: fact "supersession": related[0] "no-such-fact" does not exist`,
        `${file('bad-references')}: fact "supersession": related[1] points to itself`,
        `${file('bad-references')}: fact "supersession": related[3] "window-end" is listed twice`,
        `${file('bad-references')}: fact "supersession": after "no-such-event" is not an event`,
        `${file('bad-references')}: fact "supersession": confidence is article-only, so the text must attribute it ("According to the ICN article, …")`,
        `${file('bad-references')}: event "window-end-day": offset.from forms a cycle through "window-end-day"`,
        `${file('bad-references')}: fact "window-end": answer: unknown event "no-such-event" in {date:no-such-event}`,
      ].sort(),
    );
  });

  it('a missing folder or one without YAML files', () => {
    expect(() => loadKnowledge(join(FIXTURES, 'no-such-folder'))).toThrow(/cannot read the knowledge folder/);
    expect(() => loadKnowledge('test/knowledge')).toThrow(/no \.yaml files/);
  });

  it('entries without an id are named by position, missing fields as required', () => {
    const result = parseKnowledge([{ path: 'knowledge/x.yaml', text: 'facts:\n  - title: No id\n' }]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContain('knowledge/x.yaml: fact #1: id: is required');
      expect(result.problems).toContain('knowledge/x.yaml: fact #1: answer: is required');
    }
  });

  it('an unknown top-level list and a file that is not a mapping', () => {
    const result = parseKnowledge([
      { path: 'knowledge/a.yaml', text: 'fatcs: []\n' },
      { path: 'knowledge/b.yaml', text: '- just a list\n' },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        'knowledge/a.yaml: unknown top-level list "fatcs"',
        'knowledge/b.yaml: must be a mapping of lists (facts:, sources:, …)',
      ]);
    }
  });
});

describe('npm run knowledge:check on a broken fixture', () => {
  it('exits 1 and prints the problem on stderr', () => {
    let stdout = '';
    let stderr = '';
    const status = runKnowledgeCommand(['check', '--dir', join(FIXTURES, 'dangling-source')], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('agency "ustr": sources[0].id "S99" does not exist');
  });
});
