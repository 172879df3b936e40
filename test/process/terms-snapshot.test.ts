import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine.js';
import { termsOf } from '../../src/engine/text/analyze.js';
import { useKnownTerms } from '../../src/engine/text/known-terms.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import type { KnowledgeBase } from '../../src/knowledge/model.js';
import { analyserFingerprint, useTermsSnapshot, writeTermsSnapshot } from '../../src/process/terms-snapshot.js';

/** Start-up may skip analysing the knowledge only when that changes no answer. */
const NOW = new Date('2026-12-02T10:00:00Z');
const QUESTIONS = ['when is the deadline', 'are we paying duty on cobalt from Canada?', 'who is the commerce secretary', 'is the window still open?', 'what is a price floor'];
let kb: KnowledgeBase;
let scratch: string;
let path: string;
let answersWithout: string[];

const answersOf = () => {
  const engine = createEngine(kb);
  return QUESTIONS.map((q) => JSON.stringify(engine.ask(q, NOW)));
};

beforeAll(() => {
  kb = loadKnowledge();
  scratch = mkdtempSync(join(tmpdir(), 'proclamation-bot-terms-'));
  path = join(scratch, 'terms.snapshot.json');
  answersWithout = answersOf();
  writeTermsSnapshot(kb, path);
});
afterEach(() => useKnownTerms({}));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const withTerms = (analyser: string, terms: unknown) => {
  const file = join(scratch, 'other.json');
  writeFileSync(file, JSON.stringify({ analyser, terms }));
  return file;
};

describe('the terms snapshot', () => {
  it('holds every fact text and gives the same answers as analysing at start-up', () => {
    const { terms } = JSON.parse(readFileSync(path, 'utf8')) as { terms: Record<string, string[]> };
    for (const fact of kb.facts) expect(terms[fact.answer], fact.id).toEqual(termsOf(fact.answer));
    expect(useTermsSnapshot(path)).toBe(true);
    expect(answersOf()).toEqual(answersWithout);
  });

  it('is read only under the fingerprint of the analyser on disk', () => {
    const wrong = Object.fromEntries(kb.facts.map((f) => [f.answer, ['zzz']]));
    expect(useTermsSnapshot(withTerms('another analyser', wrong))).toBe(false);
    expect(answersOf()).toEqual(answersWithout);
    expect(useTermsSnapshot(withTerms(analyserFingerprint(), wrong))).toBe(true);
    expect(termsOf(kb.facts[0]?.answer ?? '')).toEqual(['zzz']);
  });

  it('is ignored, not trusted, when missing, unreadable or of the wrong shape', () => {
    expect(useTermsSnapshot(join(scratch, 'absent.json'))).toBe(false);
    const garbled = join(scratch, 'garbled.json');
    writeFileSync(garbled, '{"analyser": ');
    expect(useTermsSnapshot(garbled)).toBe(false);
    expect(useTermsSnapshot(withTerms(analyserFingerprint(), { text: 'not a list' }))).toBe(false);
    expect(useTermsSnapshot(withTerms(analyserFingerprint(), null))).toBe(false);
    expect(answersOf()).toEqual(answersWithout);
  });
});
