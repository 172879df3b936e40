import type { KnowledgeBase } from '../../knowledge/model.js';
import type { Source } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import { baseAnswer, listFields } from './base.js';

/** Source kinds grouped the way a reader weighs them: official texts first, aggregators last. */
const GROUPS: readonly { name: string; kinds: readonly Source['kind'][] }[] = [
  { name: 'Official texts', kinds: ['official', 'federal-register', 'statute-regulation'] },
  { name: 'Law firms', kinds: ['law-firm'] },
  { name: 'News and trade press', kinds: ['news-article', 'wire', 'trade-press'] },
  { name: 'Data, industry and aggregators', kinds: ['data-index', 'industry', 'aggregator'] },
  { name: 'Research dossier', kinds: ['research-dossier'] },
];

const line = (s: Source) => `${s.id} ${s.publisher}: ${s.title}${s.date ? ` (${s.date})` : ''}`;

/** The source registry as fields; excluded sources stay visible, marked as not cited. */
export function sourcesAnswer(kb: KnowledgeBase): Answer {
  const used = kb.sources.filter((s) => !s.excluded);
  const excluded = kb.sources.filter((s) => s.excluded);
  const fields = GROUPS.flatMap((g) => listFields(g.name, used.filter((s) => g.kinds.includes(s.kind)).map(line), '\n'));
  if (excluded.length > 0) fields.push(...listFields('Excluded (never cited)', excluded.map((s) => `${line(s)}${s.note ? ` — ${s.note}` : ''}`), '\n'));
  const text = `Every answer cites its sources by these ids. ${used.length} sources are in use${excluded.length ? ` and ${excluded.length} ${excluded.length === 1 ? 'is' : 'are'} listed but excluded` : ''}. Knowledge version ${kb.version.hash}; newest source dated ${kb.version.newestSourceDate}.`;
  return {
    ...baseAnswer('sources', 'Sources', text),
    fields,
    sources: used
      .filter((s) => s.kind === 'research-dossier' || s.kind === 'federal-register')
      .map((s) => ({ id: s.id, title: s.title, publisher: s.publisher, ...(s.url ? { url: s.url } : {}), locator: 'whole document' })),
  };
}
