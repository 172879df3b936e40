/**
 * What a question asks for, read from its words before anything is ranked: a date, a person, a
 * reason, a count, a yes or no, where things stand now, a comparison or a definition, and how it
 * relates to today ("since", "until", "still", "before").
 */
export type Aspect = 'when' | 'who' | 'why' | 'how-many' | 'how-long' | 'yes-no' | 'status' | 'compare' | 'define' | 'how' | 'what';

export type TimeRelation = 'since' | 'until' | 'still' | 'already' | 'before' | 'after' | 'between';

/** Question words people mistype so often that the question would lose its shape. */
const QUESTION_WORD_TYPOS: Readonly<Record<string, string>> = {
  wen: 'when', whn: 'when', wehn: 'when', wat: 'what', waht: 'what', whta: 'what', wht: 'what', hw: 'how', hwo: 'who', howmany: 'how many', whos: 'who is', whats: 'what is', hows: 'how is', whens: 'when is',
};

export function questionWords(folded: readonly string[]): string {
  return folded.map((w) => QUESTION_WORD_TYPOS[w] ?? w).join(' ');
}

const RULES: readonly [Aspect, RegExp][] = [
  ['when', /\b(?:when|what date|which date|what day|which day|what weekday|which weekday|day of the week|date|dates|dated|by when|how soon|what time|timeline|timing|earliest|latest (?:date|day|possible|they|it|he|that)|what (?:is|was|s) the (?:\w+ )?(?:deadline|cutoff|cut off))\b/],
  ['how-long', /\b(?:how long|how many (?:days|weeks|months)|how much time|days? (?:since|until|till|left|remaining|ago|to go|between)|weeks? (?:since|until|left)|months? (?:since|until|left))\b/],
  ['who', /\b(?:who|whom|whose|(?:which|what) (?:agency|agencies|official|officials|department|departments|office|offices|person|people|body|bodies|bureau|bureaus|unit|ministry|team))\b/],
  ['why', /\b(?:why|how come|what for|reason|reasons|rationale|purpose)\b/],
  ['how-many', /\b(?:how many|number of|count of|how much)\b/],
  ['status', /\b(?:now|currently|current|still|already|yet|today|so far|latest|status|at the moment|as of|anymore|any more|as things stand|these days)\b/],
  ['compare', /\b(?:vs|versus|difference|differences|differ|differs|different from|compared?|comparison|same as|same thing|same (?:mechanism|concept|measure|tool)|interchangeabl[ey]|distinguish|distinction|as opposed to|or rather|the line between)\b/],
  ['define', /^(?:\w+ )?(?:what (?:is|are|s) (?:a |an |the )?\w+(?: \w+)?$)|\b(?:define|definition|meaning of|what does .+ mean|stand for|stands for|what is meant by|explain (?:the )?term)\b/],
  ['how', /\b(?:how (?:do|does|did|will|would|can|could|is|are|should)|what happens|what would happen|what if|process|procedure|steps)\b/],
];

/** Yes/no questions open with an auxiliary or end with a check ("…, right?", "y/n"). */
const YES_NO = /^(?:(?:so|and|but|ok|okay|hey|quick question|question|also|then|wait|hmm|um|uh|y n|yes or no|yes no) )*(?:is|are|was|were|do|does|did|can|could|will|would|has|have|had|should|shall|may|might|must|am|isnt|arent|wasnt|doesnt|dont|didnt|hasnt|havent|wont|cant)\b|\b(?:y n|yes or no|yes no|true or false|right|correct|true|or not|confirm)$/;

/** "Can you paste the whole list?": a request put politely, not a yes/no question. */
const REQUEST = /^(?:(?:so|and|but|ok|okay|hey) )*(?:can|could|would|will) (?:you|u|ya) (?:please |pls |plz |just |quickly )*(?:list|paste|give|tell|show|name|send|share|explain|summari[sz]e|describe|walk|spell|print|dump|provide|break|outline|run)\b/;

const RELATIONS: readonly [TimeRelation, RegExp][] = [
  ['since', /\b(?:since|ago|elapsed|passed since|gone by)\b/],
  ['until', /\b(?:until|till|til|left|remaining|remain|to go|away|countdown|before it (?:ends|closes|expires))\b|\bhow (?:many|much) (?:days?|weeks?|months?|time) (?:\w+ ){0,3}have\b/],
  ['still', /\b(?:still|anymore|any more|yet|open|closed|over|passed|expired|lapsed|ended|run out)\b/],
  ['already', /\balready\b/],
  ['between', /\bbetween\b|\bfrom .+ to\b/],
  ['before', /\b(?:before|earlier than|prior to|ahead of|sooner than|in time|on time|early)\b/],
  ['after', /\b(?:after|later than|past the|late|overdue)\b/],
];

export interface Shape {
  aspects: ReadonlySet<Aspect>;
  relations: ReadonlySet<TimeRelation>;
}

/**
 * "Which minerals were added when USGS finalized the list?", "what happens when the window
 * closes?": after another question word, a "when" in mid-sentence joins two clauses and asks for
 * no date ("who signed it and when" still does).
 */
const JOINING_WHEN = /^((?:what|which|who|whose|how)\b.*?\b(?!(?:and|or|but|then|so|by|since|until|till|exactly|precisely)\b)\w+) when\b/;

/** The question's shape from its folded words (stop words included: "since", "who" and "is" carry it). */
export function shapeOf(folded: readonly string[]): Shape {
  const text = questionWords(folded);
  const asked = text.replace(JOINING_WHEN, '$1');
  const aspects = new Set<Aspect>();
  for (const [aspect, pattern] of RULES) if (pattern.test(aspect === 'when' ? asked : text)) aspects.add(aspect);
  if (YES_NO.test(text) && !REQUEST.test(text)) aspects.add('yes-no');
  if (aspects.size === 0 || /^what\b/.test(text)) aspects.add('what');
  const relations = new Set<TimeRelation>();
  for (const [relation, pattern] of RELATIONS) if (pattern.test(text)) relations.add(relation);
  return { aspects, relations };
}
