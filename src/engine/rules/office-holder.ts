import { entityAnswer } from '../answers/entity.js';
import { displayName, type EntityRef } from '../entities.js';
import type { Agency } from '../../knowledge/schema.js';
import { termsOf } from '../text/analyze.js';
import { termSetOf } from '../text/term-set.js';
import type { QuestionAnalysis } from '../analysis/question-analysis.js';
import type { Answer } from '../answer.js';
import type { Rule, RuleContext } from './rule.js';

/** Words that ask for the person holding an office rather than for the office's role. */
const ASKS_PERSON = /\b(?:secretary|representative|rep|head|heads|heading|chief|leader|leads|lead|runs|run|running|charge|director|minister|ambassador|person|name|named|called|boss|top official)\b/;

/** "Is Greer the trade rep…?", "was it Rubio who is Commerce Secretary?": a person put up as an office's holder. */
const IS_THE = /^(?:so |and |but )?(?:is|was|isnt|wasnt|isn't|wasn't) (?:\w+ ){1,3}?(?:the|a|an|our|us|u s|current|now) /;

/** Words between a person and the office put up for them: "is Lutnick the CURRENT commerce secretary?" */
const TITLE_WORDS = new Set(termsOf('current currently now actual real official sitting us'));

/** The official who holds an office, if the knowledge names one. */
const holderOf = (ctx: RuleContext, office: string) => ctx.entities.all('agency').find((r) => r.kind === 'agency' && r.entity.kind === 'official' && r.entity.parent === office && r.entity.office);

/** "Is Rubio the Commerce Secretary?": Yes, or No with who holds the office and what the one named is. */
function checkHolder(analysis: QuestionAnalysis, ctx: RuleContext, now: Date): Answer | null {
  const agencies = [...analysis.mentions].filter((m) => m.ref.kind === 'agency').sort((a, b) => a.start - b.start);
  const person = agencies[0];
  // The person named first, then the office: "is today the deadline for the President…" puts up no one.
  if (person?.ref.kind !== 'agency' || person.ref.entity.kind !== 'official' || person.start !== 0) return null;
  const personEntity = person.ref.entity;
  const after = agencies.filter((m) => m.start >= person.end);
  const span = after[0];
  const between = analysis.terms.slice(person.end, span?.start ?? person.end).map((t) => t.term);
  if (!span || !between.every((t) => TITLE_WORDS.has(t)) || after.some((m) => m.start !== span.start)) return null;
  const spanTerms = analysis.terms.slice(Math.max(span.start, 0), Math.max(span.end, 0)).map((t) => t.term);
  // "The commerce secretary" names Lutnick by his title; "is Greer the one working with Lutnick?" names him.
  const byTitle = after.find((m) => m.ref.kind === 'agency' && m.ref.entity.kind === 'official' && !spanTerms.some((t) => termSetOf(displayName(m.ref)).has(t)));
  const office = after.find((m) => m.ref.kind === 'agency' && m.ref.entity.kind !== 'official');
  return holderVerdict(ctx, byTitle?.ref ?? (office ? holderOf(ctx, office.ref.id) : undefined), personEntity, now);
}

/** Yes when the one put up holds the office, else No with who does and what the one put up is. */
function holderVerdict(ctx: RuleContext, holder: EntityRef | undefined, person: Agency, now: Date): Answer | null {
  if (holder?.kind !== 'agency' || !holder.entity.office) return null;
  const answer = entityAnswer(ctx.kb, holder, ctx.related.forText(displayName(holder)), now);
  if (holder.id === person.id) return { ...answer, text: `Yes. ${answer.text}` };
  const theirs = person.office ? ` ${person.name} is the ${person.office}.` : '';
  return { ...answer, text: `No. ${answer.text}${theirs}` };
}

/** "Name of the USTR tasked under 11001?", "the commerce secretary's name?" */
const NAME_OF = /\bnames? (?:of|for)\b|\bnames?$/;
/** "Secretary of Commerce name is Lutnick, right?": an office, then the person put up for it. */
const NAME_IS = /\bnames? (?:is|was)\b/;

/** The office named first and the person named after it: Yes, or No with who holds it. */
function checkNamedOffice(analysis: QuestionAnalysis, ctx: RuleContext, now: Date): Answer | null {
  const agencies = [...analysis.mentions].filter((m) => m.ref.kind === 'agency').sort((a, b) => a.start - b.start);
  const [first, person] = [agencies[0], agencies.at(-1)];
  if (!first || !person || first === person || person.ref.kind !== 'agency' || person.ref.entity.kind !== 'official') return null;
  const holder = first.ref.kind === 'agency' && first.ref.entity.kind === 'official' ? first.ref : holderOf(ctx, first.ref.id);
  return holderVerdict(ctx, holder, person.ref.entity, now);
}

/**
 * "Who is the Commerce Secretary?", "who heads USTR?": the official who holds the office, named,
 * with the office's part in the proclamation. "Is Greer the trade rep?" is answered Yes or No with
 * who holds it. Officials named directly ("who is Lutnick") are the named-entity rule's.
 */
export const officeHolder: Rule = {
  name: 'office-holder',
  answer(analysis, ctx, now) {
    const words = analysis.words.join(' ');
    if (analysis.aspects.has('yes-no') && IS_THE.test(words)) return checkHolder(analysis, ctx, now);
    if (analysis.aspects.has('yes-no') && NAME_IS.test(words)) return checkNamedOffice(analysis, ctx, now);
    // "Name of the USTR?" asks who holds it as plainly as "who is the USTR?".
    if (!analysis.aspects.has('who') && !NAME_OF.test(words)) return null;
    // "Who decides, USTR or the President?" asks which of the two does something, not who holds an office.
    if (analysis.mentions.filter((m) => m.ref.kind === 'agency').length >= 2 && /\bor\b/.test(words)) return null;
    const asksPerson = ASKS_PERSON.test(words);
    for (const m of analysis.mentions) {
      if (m.ref.kind !== 'agency') continue;
      // "The name of the Commerce Secretary": an official named by title only, whose name is asked.
      if (m.ref.entity.kind === 'official') {
        const byTitle = !analysis.terms.slice(Math.max(m.start, 0), Math.max(m.end, 0)).some((t) => termSetOf(displayName(m.ref)).has(t.term));
        if (byTitle && NAME_OF.test(words)) return entityAnswer(ctx.kb, m.ref, ctx.related.forText(displayName(m.ref)), now);
        continue;
      }
      // "Who is the USTR?" asks for a person: the office's own name is a title. "Who is Commerce?" does not.
      if (!asksPerson && m.ref.entity.kind !== 'office') continue;
      const office = m.ref.id;
      const holder = holderOf(ctx, office);
      if (holder) return entityAnswer(ctx.kb, holder, ctx.related.forText(displayName(holder)), now);
    }
    return null;
  },
};
