import { addMonths, daysBetween, formatDate, isoDateOf } from '../../knowledge/dates.js';
import type { KnowledgeBase } from '../../knowledge/model.js';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE = new RegExp(`\\b${MONTH} \\d{1,2}, \\d{4}\\b`, 'g');
/** "July 13, 2026, 141 days ago" / "July 13, 2026 (in 12 days)": a date with its count from today. */
const COUNTED = new RegExp(`\\b(${MONTH} \\d{1,2}, \\d{4})\\)?,? \\(?(?:(\\d+) days? ago|in (\\d+) days?)`, 'g');

/**
 * Dates in answers that the knowledge does not hold, and day counts that do not match the day
 * asked: a wrong date is the costliest bug this bot can have, so every date shown must be one the
 * knowledge states or computes, or the reader's own day.
 */
export function createDateAudit(kb: KnowledgeBase): (text: string, now: Date) => string[] {
  const known = new Set<string>();
  for (const e of kb.events) known.add(formatDate(e.date));
  const texts = [
    ...kb.facts.map((f) => f.answer),
    ...kb.agencies.map((a) => a.role),
    ...kb.glossary.map((g) => g.definition),
    ...kb.minerals.map((m) => m.note ?? ''),
    ...kb.products.map((p) => p.note),
    ...kb.events.map((e) => e.description),
  ];
  for (const t of texts) for (const m of t.matchAll(DATE)) known.add(m[0]);
  const isoOf = new Map(kb.events.map((e) => [formatDate(e.date), e.date]));
  // Anniversaries ("the one-year anniversary of the signing") are computed from event dates too.
  for (const e of kb.events) {
    for (const years of [1, 2, 3]) {
      const mark = addMonths(e.date, 12 * years);
      known.add(formatDate(mark));
      if (!isoOf.has(formatDate(mark))) isoOf.set(formatDate(mark), mark);
    }
  }
  return (text, now) => {
    const today = isoDateOf(now);
    const problems: string[] = [];
    for (const m of text.matchAll(DATE)) if (!known.has(m[0]) && m[0] !== formatDate(today)) problems.push(`unknown date ${m[0]}`);
    for (const m of text.matchAll(COUNTED)) {
      const iso = isoOf.get(m[1] ?? '');
      if (!iso) continue;
      const shown = m[2] !== undefined ? -Number(m[2]) : Number(m[3]);
      if (shown !== daysBetween(today, iso)) problems.push(`${m[0]}: ${daysBetween(today, iso)} days from ${today}`);
    }
    return problems;
  };
}
