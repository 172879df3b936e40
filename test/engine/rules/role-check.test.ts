import { describe, expect, it } from 'vitest';
import { DEC_1, engine, finalIntent } from './shipped.js';

describe('role-check: whether the one named does what the question says', () => {
  it.each([
    ['Is Homeland Security in charge of the negotiations?', /^No\. The sources give that task to the Department of Commerce \(Howard Lutnick\) and the Office of the U\.S\. Trade Representative \(Jamieson Greer\)\./],
    ['Was it Vance who hosted the ministerial?', /^No\. The sources give that task to the Department of State \(Marco Rubio\)\./],
    ['Is USTR the only one leading the talks?', /^No\. The sources give that task to the Department of Commerce/],
    ['Was it the Commerce Secretary who sent the 232 report to the President?', /^Yes\. /],
    ['Did Trump personally sign 11001?', /^Yes\. .*signed Proclamation 11001 on January 14, 2026/],
    ['is lutnick negotiating?', /^Yes\. Howard Lutnick is the Secretary of Commerce/],
    ['Is DHS responsible for the negotiations?', /^No\. The sources give that task to the Department of Commerce/],
  ])('"%s"', (q, text) => {
    const a = engine.ask(q, DEC_1);
    expect(finalIntent(a.intent)).toBe('role-check');
    expect(a.text).toMatch(text);
    expect(a.sources.length).toBeGreaterThan(0);
  });

  it('leaves questions about whether something was done, or whether someone has any part, to other rules', () => {
    for (const q of ["Was Commerce's 232 report ever made public?", 'did the president ever send congress his statement of reasons?', 'Is Greer involved?', 'Will Commerce publish the Section 232 report?']) {
      expect(finalIntent(engine.ask(q, DEC_1).intent), q).not.toBe('role-check');
    }
  });
});
