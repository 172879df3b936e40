import { isMonthTerm } from '../analysis/date-literals.js';
import { factAnswer } from '../answers/fact.js';
import { foldWords } from '../text/fold.js';
import type { Rule } from './rule.js';

/** The fact that says who signed the proclamation and when. */
const SIGNING_FACT = 'signing-date';

/** "Signed by Biden?", "did Lutnick sign 11001?", "was it Rubio who signed it?": a name put up as the signer. */
const PUT_UP = /\b(?:signed|issued) by (?:(?:the |former |president |vice president |vp |secretary |mr |sen |senator )+)?(?<by>[a-z]+)\b|\bdid (?:(?:former |president |vice president |secretary )+)?(?<did>[a-z]+) (?:sign|issue)\b|\bwas it (?:(?:former |president |secretary )+)?(?<was>[a-z]+) (?:who|that) (?:signed|issued)\b/;
/** "Who signed it, Trump himself?", "who issued it — was it Biden?": a who-question with the asker's guess. */
const WHO_SIGNED = /^who (?:signed|issued) (?:it|this|that|11001|the proclamation|proclamation 11001) (?:(?:was it|is it|was that|or was it|maybe|perhaps|probably|i guess|the|former|president|vice president|vp|secretary) )*(?<guess>[a-z]+)(?: (?:himself|herself|personally|directly))?$/;

/** Words in the name's place that put up no one ("did he sign", "did they issue it"). */
const NO_ONE = new Set(['he', 'she', 'they', 'it', 'we', 'you', 'anyone', 'someone', 'who', 'the', 'this', 'that', 'then', 'now', 'today', 'deadline', 'date', 'end', 'time', 'window', 'may']);
/** "Did any deal get signed by July 13?" asks about agreements, not the proclamation's signer. */
const OTHER_PAPERS = /\b(?:agreements?|deals?|pacts?|accords?|notices?|orders?|eo|eos|lists?|mous?|plans?)\b/;
/** The agency entry of the one who signed: its name and aliases are how people name him. */
const SIGNER_ID = 'president';

/**
 * "Was Proclamation 11001 signed by Biden?": whether the one named signed it. The signer is on
 * record, so anyone else named, known to the bot or not, gets a plain No and who signed it.
 */
export const signerCheck: Rule = {
  name: 'signer-check',
  answer(analysis, ctx, now) {
    const words = analysis.words.join(' ');
    if (OTHER_PAPERS.test(words)) return null;
    // "Who signed it, POTUS himself?": the asker's guess after the question, checked.
    const guess = WHO_SIGNED.exec(words)?.groups?.guess;
    const groups = analysis.aspects.has('yes-no') ? PUT_UP.exec(words)?.groups : undefined;
    const name = guess ?? groups?.by ?? groups?.did ?? groups?.was;
    // "Signed by July 13?": a day, not a person.
    if (!name || NO_ONE.has(name) || isMonthTerm(name) || /\d/.test(name)) return null;
    const fact = ctx.kb.factById.get(SIGNING_FACT);
    if (!fact) return null;
    const answer = factAnswer(ctx.kb, fact, ctx.related.forFact(fact), 1, now);
    const signer = ctx.kb.agencies.find((a) => a.id === SIGNER_ID);
    const signerNames = new Set(signer ? [signer.name, ...signer.aliases].flatMap(foldWords) : []);
    return { ...answer, text: `${signerNames.has(name) ? 'Yes.' : 'No.'} ${answer.text}` };
  },
};
