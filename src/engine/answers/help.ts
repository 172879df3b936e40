import type { KnowledgeBase } from '../../knowledge/model.js';
import type { Answer } from '../answer.js';
import { baseAnswer, field } from './base.js';

const COMMANDS: readonly [string, string][] = [
  ['/ask question', 'Any question about Proclamation 11001 in your own words, e.g. “how many days are left?” or “is copper a critical mineral?”. Answers cite their sources; when I am not sure I say so and suggest close questions.'],
  ['/deadline', 'The 180-day negotiation deadline, where today stands against it, and what happens next.'],
  ['/minerals [name]', 'What the minerals side covers, or one mineral’s status on the 2025 list.'],
  ['/agencies [name]', 'Who does what: Commerce, USTR, Homeland Security/CBP, the Department of War, the President and others.'],
  ['/timeline', 'Every dated event, oldest first.'],
  ['/glossary term', 'Definitions such as PCMDP, Section 232 or price floor.'],
  ['/sources', 'The sources behind every answer.'],
  ['/help', 'This list.'],
];

export function helpAnswer(kb: KnowledgeBase): Answer {
  const text = `I answer questions about Proclamation 11001 of January 14, 2026 (Section 232, processed critical minerals) from ${kb.facts.length} checked facts and ${kb.sources.filter((s) => !s.excluded).length} sources. Day counts are worked out for today's date, and when I do not know something I say so.`;
  const dossier = kb.sources.find((s) => s.kind === 'research-dossier' && !s.excluded);
  return {
    ...baseAnswer('help', 'What I can do', text),
    fields: COMMANDS.map(([name, value]) => field(name, value)),
    sources: dossier ? [{ id: dossier.id, title: dossier.title, publisher: dossier.publisher, ...(dossier.url ? { url: dossier.url } : {}), locator: 'whole document' }] : [],
  };
}
