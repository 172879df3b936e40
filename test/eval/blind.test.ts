import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine.js';
import type { Answer } from '../../src/engine/answer.js';
import { engineAnswerer, scoreBlind, share, visibleText, type BlindReport } from '../../src/engine/eval/blind-score.js';
import { mergeBlindSets, parseBlindSet, type BlindSet } from '../../src/engine/eval/blind-set.js';
import { createDateAudit } from '../../src/engine/eval/date-audit.js';
import { BLIND_HOLDOUT_PATH, BLIND_TUNE_PATHS } from '../../src/engine/eval/eval-paths.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';

const kb = loadKnowledge();
const engine = createEngine(kb);
const holdoutText = readFileSync(BLIND_HOLDOUT_PATH, 'utf8');
const tune = mergeBlindSets(BLIND_TUNE_PATHS.map((p) => parseBlindSet(readFileSync(p, 'utf8'))));
const holdout = parseBlindSet(holdoutText);

/** Recorded when the holdout was frozen, before any tuning (commit 01c8a78). */
const HOLDOUT_SHA256 = 'fd70247458799de1bb53e3417790e73830b1dae9dbacd246d6e71adcdc0eb00b';

describe('the blind evaluation set', () => {
  it('is large, in several kinds, with questions that must be declined', () => {
    const all = mergeBlindSets([tune, holdout]);
    expect(all.answerable.length).toBeGreaterThanOrEqual(400);
    expect(all.declines.length).toBeGreaterThanOrEqual(60);
    expect(new Set(all.answerable.map((c) => c.kind)).size).toBe(8);
    expect(new Set(all.answerable.map((c) => c.style)).size).toBe(6);
  });

  it('keeps its holdout exactly as it was frozen', () => {
    expect(createHash('sha256').update(holdoutText).digest('hex')).toBe(HOLDOUT_SHA256);
  });

  it('never asks a holdout question in the tuning part', () => {
    const tuning = new Set(tune.answerable.map((c) => c.q.trim().toLowerCase()));
    expect(holdout.answerable.filter((c) => tuning.has(c.q.trim().toLowerCase())).map((c) => c.q)).toEqual([]);
  });
});

describe('scoring a blind answer', () => {
  const set = parseBlindSet(
    [
      'now: 2026-12-01',
      'answerable:',
      "  - {q: 'is there a tariff?', kind: importer, style: yes-no, must: ['^\\W*no\\b'], mustNot: ['^\\W*yes\\b'], ideal: 'No. None.', writer: T}",
      'declines:',
      "  - {q: 'weather?', kind: off-topic, style: terse, writer: T}",
    ].join('\n'),
  );
  const verdictFor = (text: string) => scoreBlind(set, (q) => (q === 'weather?' ? null : { text, trace: 'test' })).results[0]?.verdict;

  it('reads a pattern anchored at the start as where the answer opens, under its title', () => {
    expect(verdictFor('Imports under Proclamation 11001\nNo. It imposes no tariff.')).toBe('right');
    expect(verdictFor('Imports under Proclamation 11001\nYes. A tariff applies.')).toBe('wrong');
  });

  it('does not take a later line for the opening', () => {
    expect(verdictFor('Imports under Proclamation 11001\nIt imposes none.\nNo exemption is reported.')).toBe('wrong');
  });
});

/** Each question is asked once and each set scored once, however many checks read the answers: the set is thousands of questions. */
const answers = new Map<string, Answer>();
const askOnce = (q: string, now: Date): Answer => {
  const key = `${now.toISOString()} ${q}`;
  let answer = answers.get(key);
  if (!answer) {
    answer = engine.ask(q, now);
    answers.set(key, answer);
  }
  return answer;
};
const reports = new Map<BlindSet, BlindReport>();
const reportOf = (set: BlindSet): BlindReport => {
  let report = reports.get(set);
  if (!report) {
    report = scoreBlind(set, engineAnswerer(askOnce));
    reports.set(set, report);
  }
  return report;
};

describe('the engine on the blind set', () => {
  it('declines every question about another trade action or another topic', () => {
    for (const set of [tune, holdout]) {
      const report = reportOf(set);
      expect(share(report.declines.right, report.declines), report.results.filter((r) => r.verdict === 'wrong' && set.declines.some((d) => d.q === r.q)).map((r) => `${r.q} → ${r.trace}`).join('\n')).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('answers most of the tuning part right and few wrong', () => {
    const report = reportOf(tune);
    expect(share(report.answerable.right, report.answerable)).toBeGreaterThanOrEqual(0.85);
    expect(share(report.answerable.wrong, report.answerable)).toBeLessThanOrEqual(0.1);
  });

  it('shows no date the knowledge does not hold, and counts every day right', () => {
    const audit = createDateAudit(kb);
    const problems: string[] = [];
    for (const set of [tune, holdout]) {
      for (const c of [...set.answerable, ...set.declines]) {
        const now = new Date(`${'now' in c && c.now ? c.now : set.now}T12:00:00Z`);
        for (const p of audit(visibleText(askOnce(c.q, now)), now)) problems.push(`${c.q}: ${p}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
