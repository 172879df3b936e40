import type { KnowledgeBase } from '../../knowledge/model.js';
import type { Agency } from '../../knowledge/schema.js';
import type { Answer, FactLink } from '../answer.js';
import { citeSources } from '../cite.js';
import { FEATURED } from '../featured.js';
import { firstSentence } from '../text/clip.js';
import { baseAnswer, field } from './base.js';
import { link } from './fact.js';

/** One agency or official: its role under the proclamation, cited to the entity's own sources. */
export function agencyAnswer(kb: KnowledgeBase, agency: Agency, related: FactLink[]): Answer {
  const parent = agency.parent ? kb.agencies.find((a) => a.id === agency.parent) : undefined;
  const children = kb.agencies.filter((a) => a.parent === agency.id);
  const units = children.filter((c) => c.kind !== 'official');
  const people = children.filter((c) => c.kind === 'official');
  const fields = [];
  if (agency.aliases.length > 0) fields.push(field('Also called', agency.aliases.join(', ')));
  if (parent) fields.push(field(agency.kind === 'official' ? 'Office' : 'Part of', parent.name));
  if (units.length > 0) fields.push(field('Includes', units.map((c) => c.name).join(', ')));
  if (people.length > 0) fields.push(field('Officials', people.map((c) => c.name).join(', ')));
  // An official acts through the office: "what does Lutnick have to do?" is answered by what Commerce does.
  const office = agency.kind === 'official' && parent ? `\n\nAs ${agency.office ?? `head of ${parent.name}`}: ${parent.role}` : '';
  return { ...baseAnswer('agency', agency.name, `${agency.role}${office}`), sources: citeSources(kb, [...agency.sources, ...(office ? parent?.sources ?? [] : [])], 4), fields, related };
}

/** Who does what: one field per agency or official that is not part of another, sub-agencies named with their parent. */
export function agenciesOverview(kb: KnowledgeBase): Answer {
  const overview = kb.factById.get(FEATURED.agencyRoles);
  const top = kb.agencies.filter((a) => !a.parent || !kb.agencies.some((p) => p.id === a.parent));
  const fields = top.map((a) => {
    const children = kb.agencies.filter((c) => c.parent === a.id && c.kind !== 'official');
    const name = children.length > 0 ? `${a.name} (with ${children.map((c) => c.aliases[0] ?? c.name).join(', ')})` : a.name;
    return field(name, firstSentence(a.role, 300));
  });
  const text = overview?.answer ?? 'Who does what under Proclamation 11001, agency by agency.';
  const refs = [...(overview?.sources ?? []), ...top.flatMap((a) => a.sources)];
  return {
    ...baseAnswer('agencies', 'Who does what under Proclamation 11001', text),
    factIds: overview ? [overview.id] : [],
    sources: citeSources(kb, refs, 8),
    fields,
    related: overview ? overview.related.map((id) => kb.factById.get(id)).filter((f) => f !== undefined).map(link) : [],
  };
}
