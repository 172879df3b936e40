import type { KnowledgeBase } from '../../knowledge/model.js';
import type { Answer, FactLink } from '../answer.js';
import type { EntityRef } from '../entities.js';
import { citeSources } from '../cite.js';
import { agencyAnswer } from './agencies.js';
import { baseAnswer } from './base.js';
import { dutyStatusAnswer } from './duty-status.js';
import { glossaryAnswer } from './glossary.js';
import { tensed } from './in-tense.js';
import { mineralAnswer, type MineralAsk } from './minerals.js';

/** What a yes/no question asks of an entity: a mineral's listing or naming, an agency's part in the proclamation. */
/** 'which-kind': whether goods are a processed critical mineral or a derivative product, asked as a choice. */
export type EntityAsk = MineralAsk | 'involved' | 'which-kind';

const PART_VERDICT = { assigned: 'Yes.', unconfirmed: 'Unconfirmed.', none: 'Not under the proclamation itself.' } as const;

/** A mineral, agency, term or product answered from the entity itself, in the tense of `now`. */
export function entityAnswer(kb: KnowledgeBase, ref: EntityRef, related: FactLink[], now: Date, yesNo = true, asked: EntityAsk = 'listed'): Answer {
  if (ref.kind === 'product') {
    const minerals = ref.entity.minerals.map((id) => kb.minerals.find((m) => m.id === id)).filter((m) => m !== undefined);
    const composed = dutyStatusAnswer(kb, { products: [ref.entity], minerals, countries: [], agencies: [], tradeActions: [], asks: new Set(asked === 'which-kind' ? ['coverage', 'which-kind'] : ['coverage']), yesNo, rank: [] }, related, now);
    return composed ?? { ...baseAnswer('composed', ref.entity.name, tensed(kb, ref.entity.note, now)), sources: citeSources(kb, ref.entity.sources), related };
  }
  const answer = ref.kind === 'mineral' ? mineralAnswer(kb, ref.entity, related, asked === 'named' || asked === 'removed' ? asked : 'listed') : ref.kind === 'agency' ? agencyAnswer(kb, ref.entity, related) : glossaryAnswer(kb, ref.entity, related);
  // "Is Greer involved in this?", "is the Pentagon part of it?": the verdict first, then the part it plays.
  const part = ref.kind === 'agency' && yesNo && asked === 'involved' ? ref.entity.part : undefined;
  const text = part ? `${PART_VERDICT[part]} ${answer.text}` : answer.text;
  return { ...answer, text: tensed(kb, text, now), fields: answer.fields.map((f) => ({ ...f, value: tensed(kb, f.value, now) })) };
}
