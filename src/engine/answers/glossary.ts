import type { KnowledgeBase } from '../../knowledge/model.js';
import type { GlossaryTerm } from '../../knowledge/schema.js';
import type { Answer, FactLink } from '../answer.js';
import { citeSources } from '../cite.js';
import { baseAnswer, field } from './base.js';

export function glossaryAnswer(kb: KnowledgeBase, term: GlossaryTerm, related: FactLink[]): Answer {
  return {
    ...baseAnswer('glossary', term.term, term.definition),
    sources: citeSources(kb, term.sources),
    fields: term.aliases.length > 0 ? [field('Also written', term.aliases.join(', '))] : [],
    related,
  };
}
