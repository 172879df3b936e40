import type { KnowledgeBase, LoadedFact } from '../../knowledge/model.js';
import type { Mineral } from '../../knowledge/schema.js';
import type { Answer, FactLink } from '../answer.js';
import { citeSources } from '../cite.js';
import { FEATURED } from '../featured.js';
import { baseAnswer, field, listFields } from './base.js';
import { link } from './fact.js';

const title = (m: Mineral) => (m.symbol ? `${m.name} (${m.symbol})` : m.name);

/** Sentences of a note that only repeat the status line ("Not on the final 2025 list…"). */
const RESTATES_STATUS = /\b(?:not on the final 2025 list|not among the 60)\b/i;

/**
 * The status comes from the flags; the note, written by hand, adds context. A flag's sentence is
 * left out when the note already speaks about it, so nothing is said twice.
 */
function statusText(m: Mineral, listedCount: number, asked: MineralAsk): string {
  const note = (m.note ?? '').split(/(?<=\.)\s+/).filter((s) => s !== '' && !(!m.listed && RESTATES_STATUS.test(s))).join(' ');
  const listed = m.listed
    ? `${m.name} is on the final 2025 USGS List of Critical Minerals (one of ${listedCount}).`
    : `${m.name} is not on the final 2025 USGS List of Critical Minerals (${listedCount} minerals).`;
  // "Does the proclamation name bromine?" is answered about the proclamation's examples first.
  // "Was arsenic dropped from the list?": a mineral still listed was not; of one not listed the sources say no more.
  const parts: string[] =
    asked === 'named'
      ? [`${namedLead(m)} ${listed}`]
      : asked === 'removed'
        ? [m.listed ? `No. ${listed}` : listed]
        : [`${m.listed ? 'Yes' : 'No'}. ${listed}`];
  const says = (pattern: RegExp) => pattern.test(note);
  if (m.listed && !says(/\b(?:added|2022)\b/i)) parts.push(m.added2025 ? 'It was added in 2025, so the 2022 list did not include it.' : 'It was already on the 2022 list.');
  // Named or not, the proclamation's examples are what users hold a mineral up to ("is it one of the ones it names?").
  if (asked !== 'named' && !says(/\bnamed?\b/i)) parts.push(m.namedInProclamation ? 'The proclamation names it as an example of a critical mineral.' : m.namedUnconfirmed ? 'Whether the proclamation names it among its examples is not confirmed.' : 'It is not among the minerals the proclamation names as examples.');
  if (m.rareEarth && !says(/\brare earth/i)) parts.push('It is counted among the rare earth elements.');
  if (m.platinumGroup && !says(/\bplatinum-group\b/i)) parts.push('It is one of the five platinum-group metals on the list.');
  if (note) parts.push(note);
  return parts.join(' ');
}

const yesNo = (b: boolean) => (b ? 'Yes' : 'No');

function namedLead(m: Mineral): string {
  const name = m.name.toLowerCase();
  if (m.namedInProclamation) return `Yes. The proclamation names ${name} as an example of a critical mineral.`;
  if (m.namedUnconfirmed) return `Not confirmed. The sources that quote the proclamation's examples do not include ${name}; only one reading of it does.`;
  return `No. The proclamation does not name ${name} among its examples.`;
}

/**
 * What a question asks of a mineral: whether it is on the list (the default), whether the
 * proclamation names it, or whether it was dropped from the list.
 */
export type MineralAsk = 'listed' | 'named' | 'removed';

/** One mineral's standing, answered from its flags and cited to its own sources. */
export function mineralAnswer(kb: KnowledgeBase, m: Mineral, related: FactLink[], asked: MineralAsk = 'listed'): Answer {
  const listedCount = kb.minerals.filter((x) => x.listed).length;
  const fields = [
    field('On the final 2025 list', yesNo(m.listed)),
    ...(m.listed ? [field('Added in 2025', yesNo(m.added2025))] : []),
    field('Named in the proclamation', m.namedUnconfirmed ? 'Not confirmed (one reading only)' : yesNo(m.namedInProclamation)),
  ];
  if (m.rareEarth) fields.push(field('Group', 'Rare earth element'));
  if (m.platinumGroup) fields.push(field('Group', 'Platinum-group metal'));
  return { ...baseAnswer('mineral', title(m), statusText(m, listedCount, asked)), sources: citeSources(kb, m.sources), fields, related };
}

const names = (ms: readonly Mineral[]) => ms.map((m) => m.name);

/**
 * What the minerals side covers: the list and its additions, the minerals the proclamation names,
 * the rare earths, and the facts about import reliance and magnets, each cited.
 */
export function mineralsOverview(kb: KnowledgeBase): Answer {
  const listed = kb.minerals.filter((m) => m.listed);
  const featured = [FEATURED.listCount, FEATURED.listScope, FEATURED.importReliance, FEATURED.magnets]
    .map((id) => kb.factById.get(id))
    .filter((f): f is LoadedFact => f !== undefined);
  const count = kb.factById.get(FEATURED.listCount);
  const scope = kb.factById.get(FEATURED.listScope);
  const text = [count?.answer, scope?.answer].filter(Boolean).join('\n\n') ||
    `The final 2025 USGS List of Critical Minerals has ${listed.length} minerals.`;
  const fields = [
    ...listFields(`On the final 2025 list (${listed.length})`, names(listed).sort((a, b) => a.localeCompare(b)), ', '),
    ...listFields(`Named in the proclamation (${kb.minerals.filter((m) => m.namedInProclamation).length})`, names(kb.minerals.filter((m) => m.namedInProclamation)), ', '),
    ...listFields(`Added to the list in 2025 (${listed.filter((m) => m.added2025).length})`, names(listed.filter((m) => m.added2025)), ', '),
    ...listFields(`Rare earth elements on the list (${listed.filter((m) => m.rareEarth).length})`, names(listed.filter((m) => m.rareEarth)), ', '),
    ...listFields(`Platinum-group metals (${listed.filter((m) => m.platinumGroup).length})`, names(listed.filter((m) => m.platinumGroup)), ', '),
  ];
  for (const id of [FEATURED.importReliance, FEATURED.magnets]) {
    const f = kb.factById.get(id);
    if (f) fields.push(field(f.title, f.answer));
  }
  fields.push(field('Look one up', 'Use /minerals with a name (e.g. copper, gallium, gold) to see one mineral’s status.'));
  const refs = [...featured.flatMap((f) => f.sources), ...(listed[0]?.sources ?? [])];
  return {
    ...baseAnswer('minerals', 'Critical minerals and Proclamation 11001', text),
    factIds: featured.map((f) => f.id),
    sources: citeSources(kb, refs, 8),
    fields: fields.filter((f) => f.value !== ''),
    related: featured.filter((f) => f.id !== count?.id && f.id !== scope?.id).map(link),
  };
}
