import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine.js';
import { accepted, parseEvalSet } from '../../src/engine/eval/eval-set.js';
import { answerKey, scoreEval } from '../../src/engine/eval/eval-score.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';

const kb = loadKnowledge();
const engine = createEngine(kb);
const set = parseEvalSet(readFileSync(new URL('./questions.yaml', import.meta.url), 'utf8'));
const NOW = new Date('2026-11-28T12:00:00Z');
const report = scoreEval(set, (q) => answerKey(kb, engine.ask(q, NOW)));

describe('the evaluation set', () => {
  it('is large and independent of the facts’ own phrasings', () => {
    expect(set.answerable.length).toBeGreaterThanOrEqual(220);
    expect(set.offTopic.length).toBeGreaterThanOrEqual(45);
    const own = new Set(kb.facts.flatMap((f) => f.questions.map((q) => q.trim().toLowerCase())));
    expect(set.answerable.filter((c) => own.has(c.q.trim().toLowerCase())).map((c) => c.q)).toEqual([]);
  });

  it('expects only answers that exist', () => {
    const exists = (key: string) => {
      const [kind, id] = key.includes(':') ? key.split(':') : ['fact', key];
      if (kind === 'mineral') return kb.minerals.some((m) => m.id === id);
      if (kind === 'agency') return kb.agencies.some((a) => a.id === id);
      if (kind === 'glossary') return kb.glossary.some((g) => g.id === id);
      return kb.factById.has(id ?? '');
    };
    expect(set.answerable.flatMap((c) => accepted(c.expect)).filter((k) => !exists(k))).toEqual([]);
  });

  it('asks about every topic file', () => {
    const topics = new Set(set.answerable.flatMap((c) => accepted(c.expect)).map((k) => kb.factById.get(k)?.topic).filter(Boolean));
    expect([...new Set(kb.facts.map((f) => f.topic))].filter((t) => !topics.has(t))).toEqual([]);
  });
});

describe('the engine on the evaluation set', () => {
  it('answers at least 95% of in-domain questions with the expected answer', () => {
    expect(report.accuracy, report.misses.map((m) => `${m.q} → ${m.got} (expected ${m.expected})`).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('declines at least 95% of off-topic questions', () => {
    expect(report.abstention, report.wronglyAnswered.map((w) => `${w.q} → ${w.got}`).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
