import { formatDate, isValidIsoDate } from '../../knowledge/dates.js';
import type { Answer } from '../answer.js';
import { ANSWERABLE_KINDS, DECLINE_KINDS, type BlindSet } from './blind-set.js';

/** What a system showed for one question, or null when it declined. */
export interface Shown {
  /** Everything the reader sees as the answer: title, text, fields and dates (not the citations). */
  text: string;
  /** How the system arrived there (an intent and fact ids), for tracing a miss. */
  trace: string;
}

export type Answerer = (question: string, now: Date) => Shown | null;

export type Verdict = 'right' | 'declined' | 'wrong';

export interface Tally {
  total: number;
  right: number;
  declined: number;
  wrong: number;
}

export interface BlindResult {
  q: string;
  kind: string;
  verdict: Verdict;
  trace: string;
  /** Patterns that did not hold: `must` ones that failed to match, `mustNot:` ones that matched. */
  failed: string[];
}

export interface BlindReport {
  answerable: Tally;
  answerableByKind: Record<string, Tally>;
  /** Right = declined as it should be; wrong = answered anyway. */
  declines: Tally;
  declinesByKind: Record<string, Tally>;
  results: BlindResult[];
}

/** The text a reader sees of an engine answer, in the form the writers' patterns are written for. */
export function visibleText(answer: Answer): string {
  return [
    answer.title,
    answer.text,
    ...answer.fields.map((f) => `${f.name}: ${f.value}`),
    ...answer.dates.map((d) => `${d.label}: ${isValidIsoDate(d.date) ? formatDate(d.date) : d.date}`),
  ].join('\n');
}

export function engineAnswerer(ask: (q: string, now: Date) => Answer): Answerer {
  return (q, now) => {
    const answer = ask(q, now);
    const trace = `${answer.intent}${answer.factIds.length > 0 ? ` [${answer.factIds.join(', ')}]` : ''}`;
    return answer.answered ? { text: visibleText(answer), trace } : null;
  };
}

const emptyTally = (): Tally => ({ total: 0, right: 0, declined: 0, wrong: 0 });

function count(tally: Tally, verdict: Verdict): void {
  tally.total++;
  tally[verdict]++;
}

/**
 * Whether a writer's pattern (case-insensitive) holds for what the reader sees. Writers checked
 * their patterns against their own model answer, so one anchored with `^` ("opens with yes") means
 * where the answer opens: under the title line, which is also tried as the start.
 */
function holds(pattern: string, shown: string): boolean {
  const re = new RegExp(pattern, 'i');
  return re.test(shown) || re.test(shown.slice(shown.indexOf('\n') + 1));
}

const instant = (day: string) => new Date(`${day}T12:00:00Z`);

/** Runs every question of a blind set through `answer` and judges what the reader would see. */
export function scoreBlind(set: BlindSet, answer: Answerer): BlindReport {
  const report: BlindReport = {
    answerable: emptyTally(),
    answerableByKind: Object.fromEntries(ANSWERABLE_KINDS.map((k) => [k, emptyTally()])),
    declines: emptyTally(),
    declinesByKind: Object.fromEntries(DECLINE_KINDS.map((k) => [k, emptyTally()])),
    results: [],
  };
  for (const c of set.answerable) {
    const shown = answer(c.q, instant(c.now ?? set.now));
    let verdict: Verdict = 'declined';
    const failed: string[] = [];
    if (shown) {
      for (const p of c.must) if (!holds(p, shown.text)) failed.push(p);
      for (const p of c.mustNot) if (holds(p, shown.text)) failed.push(`mustNot: ${p}`);
      verdict = failed.length === 0 ? 'right' : 'wrong';
    }
    count(report.answerable, verdict);
    count(report.answerableByKind[c.kind] ?? emptyTally(), verdict);
    report.results.push({ q: c.q, kind: c.kind, verdict, trace: shown?.trace ?? 'declined', failed });
  }
  for (const c of set.declines) {
    const shown = answer(c.q, instant(set.now));
    const verdict: Verdict = shown ? 'wrong' : 'right';
    count(report.declines, verdict);
    count(report.declinesByKind[c.kind] ?? emptyTally(), verdict);
    report.results.push({ q: c.q, kind: c.kind, verdict, trace: shown?.trace ?? 'declined', failed: [] });
  }
  return report;
}

export const share = (part: number, tally: Tally): number => (tally.total === 0 ? 0 : part / tally.total);
