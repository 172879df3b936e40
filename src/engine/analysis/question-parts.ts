/** At most this many questions are answered from one message; the rest is read as part of the last. */
const MAX_PARTS = 3;
/** A question word or auxiliary that opens a new question after "and", "but", a comma. */
// The lead-in words are one repeated group: as optional groups in a row, each would copy the
// whole alternation below and make the pattern slow to compile (15 ms on the first question).
const OPENER = String.raw`(?:(?:also|then|so|and|please|pls|plz|kindly|roughly|approximately|exactly|if not,?|btw|fyi|oh|separately|unrelated|lastly|finally) )*(?:(?:on|by|in|at|for|with|from|to|under|since|until|within|during|after|before) (?=(?:who|whom|what|when|which)\b))?(?:who|whos|whom|what|whats|wat|wats|when|whens|wen|where|wheres|why|how|hows|which|whether|is|are|r|was|were|do|does|did|can|could|cud|coud|will|would|wud|woud|has|have|had|should|shud|shoud|shall|must|any|anything|name|list|give|tell|explain|describe|define|summari[sz]e|state|provide|outline|clarify|confirm|identify|(?:days|weeks|months) (?:since|until|till|left|remaining|before|after|from))\b`;
/**
 * Where one question ends and the next begins: a question mark, a semicolon, "and"/"but"/"&"/"+"/a
 * comma before a new question, a number such as "(2)" or "2)", the colon after a long
 * opening in which the asker speaks of themselves ("Quick sanity check before I send our update: …").
 */
const WH = String.raw`(?:who|whos|whom|what|whats|wat|wats|when|whens|wen|where|why|how|which)\b`;
const BOUNDARY = new RegExp(String.raw`\?+\s*|;\s*|:\s+(?=${OPENER})|:(?<=^(?=[^:?]*\b(?:I|we|our|my|me|us)\b)(?:[^\s:?]+\s+){5,}[^\s:?]+:)\s+|\s*(?:,\s*)?(?:\b(?:and|but|plus|also|then)|&|\+)\s+(?=${OPENER})|,\s+(?=(?:roughly |approximately |exactly )?${WH})|,\s+(?=(?:was|is|did|does|do|are|were) (?:it|that|he|she|they)\b)|,\s+(?=(?:does|do|did|is|are|was|were|has|have|must|can|could) (?:congress|commerce|ustr|cbp|dhs|the president)\b)|(?<!\b\p{L})\.\s+(?=\p{Lu})|\s+[—–-]{1,2}\s+(?=${OPENER})|[:,;]?\s*(?:\(\d\)|(?<![\p{L}\d(])\d\))\s*`, 'giu');
/** A spaced dash ends a question only after a question ("what does it mean — does it mean a tariff?"), not after a list of goods. */
const DASH = /^\s+[—–-]/;

const OPENS_QUESTION = new RegExp(`^${OPENER}`, 'iu');
const RELATIVE = /^(?:which|who|whom|whose|where|when)\s+(?!is\b|are\b|was\b|were\b|do\b|does\b|did\b|can\b|could\b|will\b|would\b|should\b)/i;

/** A phrase that frames the question after it: by which rules, in whose account, from which angle. */
const FRAME = /^(?:under|per|pursuant to|according to|legally|technically|formally|strictly|as (?:defined|described|used|set out|laid out|written)|in (?:legal|practical|plain|statutory|formal|strict) terms|from an? \S+ (?:standpoint|perspective|point of view)|for (?:this|the) (?:purposes? of|investigation|proclamation))\b/i;
const MAX_FRAME_WORDS = 8;

/** "Two things for the memo -", "three quick questions:": an opening that only counts what follows. */
const ANNOUNCES = /^\s*(?:(?:ok|okay|so|hi|hey),?\s+)?(?:two|three|2|3|a couple of|a few|some|several)\s+(?:quick\s+|short\s+)?(?:things|questions|qs|q's|points|items)(?:\s+(?:for|about|on)\s+(?:the|a|my|our|this)\s+[\w-]+)?\s*(?:[:—–-]|\.)\s*/i;

/** One piece of a question; `asked` is false for a statement ("We import magnets from China.") that only sets the scene. */
export interface QuestionPart {
  text: string;
  asked: boolean;
  /** An item of a list asked for after one question ("how many minerals, publish date?"): it asks about what that question does. */
  listItem?: true;
}

/** A question asking for things by name ("what's …", "how many …", "when …"), which a list can go on. */
const ASKS_FOR = /^(?:what|whats|what's|wat|wats|how many|how much|when|which)\b/i;
/** An item of such a list: "its full title", "the publication date", "publish date". */
const ATTRIBUTE = /^(?:(?:its|their|his|her|the)\s+[\p{L}\d' -]{2,40}|(?:[\p{L}\d'-]+\s+){0,3}(?:date|dates|day|title|name|number|deadline|rate|count|status|source|author|role|length|year|citation|reference|link|page))$/iu;

/** "How long does he have to implement it, and to tell Congress?": the second "to" shares the question before the first. */
const SHARED_HEAD = /^(?<head>.*?\bto)\s+(?<first>\S.*?),?\s+and (?:also )?to\s+(?<second>\S.+)$/i;
/** "Is the article right that X, and that Y?": two claims checked at once. */
const TWO_CLAIMS = /^(.*?\b(?:right|true|correct|accurate|fair|wrong) (?:to say |in saying )?that)\s+(.+?),?\s+and that\s+(.+)$/i;

/** "Please state (a) the FR number and (b) the statutory provision": a request for items, each lettered or numbered. */
const ENUMERATED = /^(?<opening>[^()?]{0,300}?)[:\s]*\((?:a|1)\)\s+(?<items>.+)$/i;
const NEXT_ITEM = /[,;]?\s*(?:and\s+)?\((?:[b-e]|[2-5])\)\s+/i;
/** The request's own words before "(a)" are short ("Please state", "Can you give me"). */
const MAX_LEAD = 40;

/**
 * The items of an enumerated request, each asked with the request's own words, or null when the
 * text is none. Sentences before the request set its scene ("I'm prepping a one-pager. Can you give
 * me (a) …"); an item that asks two things ("(b) which EO started it, and when was it signed") is split.
 */
function enumeratedParts(text: string): QuestionPart[] | null {
  const m = ENUMERATED.exec(text.trim());
  if (!m) return null;
  const sentences = (m.groups?.opening ?? '').trim().split(/(?<=[.!])\s+/);
  const lead = sentences.pop() ?? '';
  const items = (m.groups?.items ?? '').split(NEXT_ITEM).map((i) => i.trim().replace(/[,;.?\s]+$|\s+and$/gi, '')).filter((i) => i !== '');
  if (items.length < 2 || lead.length > MAX_LEAD || (lead !== '' && !OPENS_QUESTION.test(lead))) return null;
  const scene: QuestionPart[] = sentences.length > 0 ? [{ text: sentences.join(' '), asked: false }] : [];
  const asked = items.flatMap((i) => {
    const item = lead && !OPENS_QUESTION.test(i) ? `${lead} ${i}` : i;
    return (questionParts(item) ?? [{ text: item, asked: true }]).filter((p) => p.asked);
  });
  return [...scene, ...asked.slice(0, MAX_PARTS)];
}

/** "The CFO asked at the meeting why …", "leadership wants to know if …": a question the scene reports. */
const REPORTED = /\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|want to know|wants to know|wanted to know|need to know|needs to know|would like to know|like to know|trying to find out|question is|curious)\b,? (?:[\w']+ ){0,5}?(?<wh>why|whether|if|how|when|what|who|which)\b,?\s+(?<rest>.{8,})$/i;
/** "Why, if it is a threat, no tariffs?": the "if" granted is not what is asked. */
const GRANTED = /^(?:even )?if [^,]{3,100},\s*/i;

/** The question a scene-setting sentence reports, as a question of its own, or null when it reports none. */
export function reportedQuestion(text: string): string | null {
  const { wh, rest } = REPORTED.exec(text)?.groups ?? {};
  if (!wh || !rest) return null;
  return `${wh.toLowerCase() === 'if' ? 'whether' : wh} ${rest.replace(GRANTED, '')}`;
}

/** The pieces of a question that asks several things or sets a scene first, or null when it is one plain question. */
export function questionParts(message: string): QuestionPart[] | null {
  // "Two things for the memo - when was it signed, and …": the count of questions only announces them.
  const text = message.replace(ANNOUNCES, '');
  const enumerated = enumeratedParts(text);
  if (enumerated) return enumerated;
  const pieces: QuestionPart[] = [];
  let from = 0;
  // After a bare comma, "which"/"who" often starts a relative clause ("Chile, which has an FTA"), not a question.
  let afterComma = false;
  // "When did the EO launch the probe, who signed it, and what was the deadline?": a piece between a
  // question and "and" another question is one of a list of questions, not a relative clause.
  let previousAsked = false;
  const add = (piece: string, mark: boolean, beforeAnd = false) => {
    const part = piece.trim().replace(/^[,.\s]+|[,.\s]+$/g, '');
    const listed = previousAsked && beforeAnd;
    const opens = OPENS_QUESTION.test(part) && !(afterComma && RELATIVE.test(part) && !listed);
    // A piece of no words ("2)", "ok") is no question; "is it an EO" is, short as its words are.
    if (!/\p{L}{3}|\p{L}+\s+\p{L}+/u.test(part)) return;
    // "Is the article right that X, and that Y?" checks two claims: each is asked with the check.
    const claims = TWO_CLAIMS.exec(part);
    if (claims?.[1] && claims[2] && claims[3]) {
      pieces.push({ text: `${claims[1]} ${claims[2]}`, asked: true }, { text: `${claims[1]} ${claims[3]}`, asked: true });
      return;
    }
    const shared = opens || mark ? SHARED_HEAD.exec(part) : null;
    if (shared?.groups?.head && shared.groups.first && shared.groups.second) {
      const { head, first, second } = shared.groups;
      pieces.push({ text: `${head} ${first}`, asked: true }, { text: `${head} ${second}`, asked: true });
      previousAsked = true;
      return;
    }
    // "What's the proclamation number, its full title …": a list of things asked for, each a question.
    // Only a list with a comma may also end at an "and": "the draft and the final list" is one thing.
    const byComma = opens && ASKS_FOR.test(part) ? part.split(/,\s+(?:and\s+)?/) : [part];
    const items = byComma.length > 1 ? [...byComma.slice(0, -1), ...(byComma.at(-1) ?? '').split(/\s+and\s+/)] : byComma;
    const listsThings = items.length > 1 && items.slice(1).every((i) => ATTRIBUTE.test(i));
    if (listsThings) pieces.push(...items.map((i, n): QuestionPart => (n === 0 ? { text: i, asked: true } : { text: `what is ${i}`, asked: true, listItem: true })));
    else pieces.push({ text: part, asked: mark || opens });
    previousAsked = mark || opens;
  };
  for (const m of text.matchAll(BOUNDARY)) {
    if (DASH.test(m[0]) && !OPENS_QUESTION.test(text.slice(from, m.index).trim())) continue;
    // Nobody sets a scene with a "+": "PCMDP meaning + who negotiates" asks both.
    add(text.slice(from, m.index), m[0].includes('?') || m[0].includes('+'), /\band\b/.test(m[0]));
    afterComma = /^,\s+$/.test(m[0]);
    from = m.index + m[0].length;
  }
  // The last piece is the question unless the message asked its question earlier ("Is uranium in scope? We import it.").
  add(text.slice(from), !text.includes('?'));
  // "Under the statute and regulations, what must he do?": a lead-in phrase is the question's own frame, not a scene.
  for (let i = pieces.length - 2; i >= 0; i--) {
    const [lead, next] = [pieces[i], pieces[i + 1]];
    if (lead && next?.asked && !lead.asked && FRAME.test(lead.text) && lead.text.split(/\s+/).length <= MAX_FRAME_WORDS) pieces.splice(i, 2, { ...next, text: `${lead.text}, ${next.text}` });
  }
  const asked = pieces.filter((p) => p.asked);
  if (pieces.length < 2 || asked.length === 0) return null;
  const last = asked[MAX_PARTS - 1];
  // Beyond three questions, the rest is read as part of the third.
  if (asked.length > MAX_PARTS && last) last.text = asked.slice(MAX_PARTS - 1).map((p) => p.text).join(' ');
  const kept = new Set(asked.slice(0, MAX_PARTS));
  return pieces.filter((p) => !p.asked || kept.has(p));
}

