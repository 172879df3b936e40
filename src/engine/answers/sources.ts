import { formatLooseDate } from '../../knowledge/dates.js';
import type { KnowledgeBase } from '../../knowledge/model.js';
import type { Source, SourceKindName } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import { authorityOf, isShown } from '../../knowledge/source-rank.js';
import { citeSources, nameOf } from '../cite.js';
import { baseAnswer, field } from './base.js';

/** What each kind of source is, in the words a reader weighs it by. */
const KIND_LABEL: Readonly<Record<SourceKindName, string>> = {
  'federal-register': 'Federal Register',
  'official-text': 'Official text',
  'statute-regulation': 'Statute or regulation',
  official: 'Official release',
  'law-firm': 'Law firm',
  wire: 'Wire service',
  'trade-press': 'Trade press',
  'news-article': 'News',
  industry: 'Industry',
  aggregator: 'Aggregator',
  'data-index': 'Data index',
  'research-dossier': 'Research notes',
};

function entry(s: Source, prefix = '') {
  const name = `${prefix}${nameOf(s)}${s.mirror ? ` (mirror at ${s.mirror})` : ''}`;
  const value = `${KIND_LABEL[s.kind]}${s.date ? `, ${formatLooseDate(s.date)}` : ''}: ${s.title}${s.excluded && s.note ? ` — ${s.note}` : ''}`;
  return { ...field(name, value), ...(s.url ? { url: s.url } : {}) };
}

/**
 * The public sources, strongest kind first, one entry each with its link. Excluded sources stay
 * listed, marked as never cited; the team's research notes are not documents a reader can open.
 */
export function sourcesAnswer(kb: KnowledgeBase): Answer {
  const used = kb.sources.filter(isShown).sort((a, b) => authorityOf(a) - authorityOf(b));
  const excluded = kb.sources.filter((s) => s.excluded);
  const text = `The ${used.length} public documents behind the answers, official texts first${excluded.length ? `, then ${excluded.length} listed but never cited` : ''}. Each answer names at most three of them, strongest first, with where in the document it rests. Knowledge version ${kb.version.hash}; newest source dated ${formatLooseDate(kb.version.newestSourceDate)}.`;
  const subject = kb.sources.find((s) => s.subject === true);
  return {
    ...baseAnswer('sources', 'Sources', text),
    fields: [...used.map((s) => entry(s)), ...excluded.map((s) => entry(s, 'Never cited: '))],
    sources: subject ? citeSources(kb, [{ id: subject.id, locator: 'full text' }]) : [],
  };
}
