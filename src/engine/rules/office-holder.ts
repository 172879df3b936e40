import { entityAnswer } from '../answers/entity.js';
import { displayName } from '../entities.js';
import type { Rule } from './rule.js';

/** Words that ask for the person holding an office rather than for the office's role. */
const ASKS_PERSON = /\b(?:secretary|representative|rep|head|heads|heading|chief|leader|leads|lead|runs|run|running|charge|director|minister|ambassador|person|name|named|called|boss|top official)\b/;

/**
 * "Who is the Commerce Secretary?", "who heads USTR?": the official who holds the office, named,
 * with the office's part in the proclamation. Officials named directly ("who is Lutnick") are the
 * named-entity rule's.
 */
export const officeHolder: Rule = {
  name: 'office-holder',
  answer(analysis, ctx, now) {
    if (!analysis.aspects.has('who')) return null;
    const asksPerson = ASKS_PERSON.test(analysis.words.join(' '));
    for (const m of analysis.mentions) {
      if (m.ref.kind !== 'agency' || m.ref.entity.kind === 'official') continue;
      // "Who is the USTR?" asks for a person: the office's own name is a title. "Who is Commerce?" does not.
      if (!asksPerson && m.ref.entity.kind !== 'office') continue;
      const office = m.ref.id;
      const holder = ctx.entities.all('agency').find((r) => r.kind === 'agency' && r.entity.kind === 'official' && r.entity.parent === office && r.entity.office);
      if (holder) return entityAnswer(ctx.kb, holder, ctx.related.forText(displayName(holder)), now);
    }
    return null;
  },
};
