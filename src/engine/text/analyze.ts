import { foldWords } from './fold.js';
import { knownTermsOf, noteTerms } from './known-terms.js';
import { stem } from './stem.js';
import { STOP_WORDS } from './stop-words.js';
import { SYNONYM_GROUPS } from './synonyms.js';
import type { TypoCorrector } from './typo.js';

/** One meaningful unit of a text after folding, stop-word removal, stemming and synonym folding. */
export interface Term {
  /** The canonical stem used for matching ("deadline", "ustr", "negoti"). */
  term: string;
  /** The folded words it came from, as typed ("cut off", "deadlne"). */
  source: string;
  /** Spelling edits made to reach a known word (0 when typed correctly). */
  edits: number;
}

export interface Analysis {
  /** Folded words in order, after spelling correction, stop words included. */
  words: string[];
  terms: Term[];
}

interface PhraseTable {
  byKey: Map<string, string>;
  /** Longest phrase starting with each stem, so most words skip phrase matching entirely. */
  longestFrom: Map<string, number>;
}

const stemWords = (words: readonly string[]) => words.filter((w) => !STOP_WORDS.has(w)).map(stem);

function buildPhraseTable(): PhraseTable {
  const byKey = new Map<string, string>();
  const longestFrom = new Map<string, number>();
  for (const [canonical, variants] of Object.entries(SYNONYM_GROUPS)) {
    for (const variant of [canonical, ...variants]) {
      const stems = stemWords(foldWords(variant));
      const first = stems[0];
      if (first === undefined) continue;
      byKey.set(stems.join(' '), canonical);
      longestFrom.set(first, Math.max(longestFrom.get(first) ?? 0, stems.length));
    }
  }
  return { byKey, longestFrom };
}

const PHRASES = buildPhraseTable();

/** Every word the synonym table knows, so spelling correction can land on "pentagon" or "levy". */
export const SYNONYM_WORDS: ReadonlySet<string> = new Set(
  Object.entries(SYNONYM_GROUPS).flatMap(([c, vs]) => [c, ...vs].flatMap((v) => foldWords(v))),
);

/**
 * "Duty" in the sense of an obligation ("a continuing duty", "Commerce's duty to monitor"), not a
 * tariff: the words around it tell.
 */
export const OBLIGATION_DUTY = /\b(?:continuing|ongoing|legal|statutory|monitoring|reporting|other|official|formal|standing) dut(?:y|ies)\b|\bdut(?:y|ies) to (?:monitor|report|inform|tell|notify|negotiate|consult|keep|act|watch)\b|\b(?<=(?:commerce|ustr|president|secretary|agency|agencies|cbp|dhs|department|office) (?:has|have|had|gets?|got) (?:a |any |the |an )?)dut(?:y|ies)\b/g;

/**
 * Idioms whose meaning lives in their stop words, rewritten before stop words are dropped:
 * "due to" is a cause, not a due date; "ran out" and "the 180 days are up" are an expiry; "handed
 * in" is delivered; "what kicked off" asks what ordered it; "doesn't stick to it" is an agreement
 * not carried out; "how many" asks for a count; "needed for" asks what something is used for; "in
 * one paragraph" asks for a summary; "don't agree" is a failed agreement, not an agreement; "keep
 * an eye on" is monitoring; "at the border" is customs; a "security issue" is no issuing; "in a
 * nutshell" and "going forward" ask nothing.
 */
const IDIOMS: readonly [RegExp, string][] = [
  // "Why no tariffs this time?": the question, not a time.
  [/\b(?:this|that) time(?: around| round)?\b/g, ''],
  // "The citation I should put in our compliance memo": where the asker will use it, not what is asked.
  [/\b(?:put|paste|drop|include|cite|quote|use) (?:it |this |that )?(?:in|into) (?:our|my|the|a|an|his|her) (?:\w+ )?(?:memo|report|deck|slide|alert|email|note|contract|brief|briefing|file|doc|document|filing)\b/g, ''],
  // "Names please, not just job titles": who they are, asked plainly.
  [/\b(?:the )?names?,? (?:please|pls|plz)\b|\b(?:not|rather than) (?:just )?(?:the |their )?(?:job )?titles\b|\b(?:and )?(?:job )?titles\b/g, ''],
  // "Would it be possible to get…", "for the CEO's reading file", "quick sanity check": how the asker asks.
  [/\b(?:would|will|is) it (?:be )?possible (?:for (?:you|me|us) )?to\b|\b(?:for )?(?:the |our |my |his |her )?(?:\w+s )?reading (?:file|folder|pack|list)\b|\bsanity check\b/g, ''],
  // "The top three things our CEO should know": a summary; "the key facts on why…": the why.
  [/\b(?:the )?(?:top|main|key|most important|biggest) (?:\d|one|two|three|four|five) (?:things|points|facts|takeaways)\b(?: (?:\w+ ){0,3}(?:should|needs? to|must|has to|have to|to) know)?/g, 'summary'],
  [/\b(?:the )?(?:key|main|basic|core) (?:facts|points|details) (?:on|about|of|behind)\b|\bthe (?:facts|basics|gist) (?:on|about|of)\b/g, ''],
  // "Rare-earth-type elements": rare earth elements.
  [/\b(rare earth|rareearth|ree) (?:type|like|style)\b/g, '$1'],
  // "Elements that appear individually on the list": those listed.
  [/\b(?:appear|appears|appearing|show up|shows up|feature|features) (?:individually |separately |by name )?on\b/g, 'on'],
  // "How many days has it been in force?": since it was signed.
  [/(?=been in (?:force|effect|place)\b)(?<=\bhow (?:long|many (?:days|weeks|months)) (?:\w+ ){0,4})been in (?:force|effect|place)\b/g, 'since signed'],
  // "The investigation behind this", "the talking points": framing, not topic.
  [/\bbehind (?:this|it|that|the proclamation|11001)\b|\b(?:for )?(?:the |our |my |his |her )?(?:\w+s )?talking points\b/g, ''],
  [OBLIGATION_DUTY, 'obligation'],
  [/\bdue to\b/g, 'because'],
  // "When did Commerce hand the report to Trump?": handing a document over is sending it.
  [/\b(?:hand|hands|handed|handing) ((?:\w+ ){0,4})(?:over )?to\b/g, 'sent $1to'],
  // "Why'd they even do this?": what "this" is, for a bot about one proclamation, is the proclamation.
  [/\bwhy (?:would|did|do) (?:they|he|trump|the president|the administration|the white house|the us|we) (?:even |actually )?(?:do|did) (?:this|it|that)\b(?: (?:in the first place|at all))?/g, 'why did the president issue the proclamation'],
  [/\bin the (?:first|1st|1) place\b/g, ''],
  // "y did they issue this": a chat "why" (never the "y" of "y/n", which ends a question).
  [/^y (?=(?:did|do|does|is|are|was|were|would|has|have|not|no|arent|isnt|didnt|dont|doesnt)\b)/g, 'why '],
  // "Why was it signed?", "why did Trump sign 11001?", "why was 11001 put in place?": the reasons, not the day.
  [/\bwhy (?:was|were|did|would|is|has|have) (?:(?:it|this|that|he|they|trump|potus|the president|president trump|the administration|the white house|the proclamation|this proclamation|proclamation|11001|proclamation 11001|the order) )?(?:even |actually )?(?:sign|signed|issue|issued|put in place|put into place|enact|enacted|adopt|adopted|needed|necessary)(?: (?:it|this|that|this thing|that thing|11001|the proclamation|this proclamation|proclamation 11001))?(?: at all)? ?$/g, 'why did the president issue the proclamation'],
  // "The key facts on why this proclamation was issued": the same question, asked in reported order.
  [/\bwhy (?:this|the|that) (?:proclamation|order)(?: 11001)? (?:was|got|has been|is being) (?:issued|signed|put in place|adopted|made)\b|\bwhy (?:11001|proclamation 11001) (?:was|got|has been) (?:issued|signed|put in place|adopted|made)\b/g, 'why did the president issue the proclamation'],
  // "The EO that started the probe": in this story there is one such order.
  [/\b(?:the )?(?:eo|executive order|exec order) (?:(?:that|which) (?:started|starts|start|begin|begins|began|launched|kicked off|triggered|ordered|opened|set off)|starting|launching|opening|ordering|triggering|behind) (?:the|this) (?:probe|investigation)\b/g, 'eo 14272'],
  [/\b(?:go|goes|going|went|gone) after\b/g, 'target'],
  [/\blast (?:legal |possible |allowed |permitted )?(?:day|date) (?:for|to|of)\b/g, 'deadline for'],
  // "How did USGS build the 2025 list?": how the list was chosen.
  [/\b(?:build|built|compile|compiled|put together|draw up|drew up|come up with|came up with|assemble|assembled) (the|a|its|their) ((?:\w+ ){0,3})list\b/g, 'choose $1 $2list'],
  // "Who on the US government side leads the negotiations this proclamation ordered?": framing that names the setting.
  [/\bon the (?:us |u s |american |federal |united states )?(?:government|govt|administration|official) side\b/g, ''],
  [/\b(?:that |which )?(?:this|the) (?:proclamation|order) (?:ordered|called for|calls for|requires|required|set up|sets up|launched|mandated|mandates)\b/g, ''],
  [/\b(?:fall|falls|falling|fell|come|comes|coming) (?:within|under|inside) (?:the )?scope(?: of)?\b/g, 'covered by'],
  [/\bfrom (?:an?|the|our|my) (?:importers?|buyers?|compliance|business|company|customs) (?:perspective|point of view|standpoint|angle)\b/g, ''],
  // "Hit this stuff w/ tariffs": imposing them on it.
  [/\b(?:hit|hits|hitting|slap|slaps|slapped|slapping) ((?:\w+ ){0,3}?)(?:w|with) (tariffs?|duties|quotas?)\b/g, 'impose $2 on $1'],
  [/\bmin import (prices?)\b/g, 'minimum import $1'],
  [/\b(?:called|call|calls|calling) out\b/g, 'mention'],
  [/\bshould (?:the )?(talks|negotiations) (?:prove |turn out |be )?(?:unsatisfactory|unsuccessful|fruitless)\b/g, 'if the $1 fail'],
  [/\bcontemplat\w*/g, 'consider'],
  [/\b(?:required|obliged|obligated|supposed|expected|tasked) to do\b/g, 'obligation'],
  [/\bon an? (ongoing|continuing|regular|continuous) basis\b/g, '$1'],
  [/\b(?:ran|run|runs|running) out\b|\b(?<=(?:days?|time|window|clock|deadline) )(?:is|are|was|were) (?:long )?(?:up|gone|over|past|behind us)\b/g, 'expired'],
  [/\b(?:carried|carry|carries|carrying) out\b/g, 'conducted'],
  [/\b(?:doesnt|does not|dont|do not|didnt|did not|wont|will not|never|fail to|fails to|failed to) (?:stick to|honou?r|comply with|live up to|follow through(?: on)?|keep to|abide by|implement|hold up (?:its|their|his|her|our) end(?: of the (?:deal|bargain|agreement))?)\b|\b(?:stops?|stopped|stopping|quits?|quit) (?:honou?ring|complying with|following|implementing|keeping to|sticking to)\b|\b(?:isnt|is not|arent|are not|wasnt|was not|not being|not) (?:honou?red|kept|followed|complied with|respected|implemented)\b/g, 'not conducted'],
  [/\bwho does what\b/g, 'roles'],
  // "Does he have to publish it?" asks whether the law obliges him; "do we have to pay" stays a payment.
  [/(?=\b(?:have|has|need|needs) to\b)(?<=\b(?:does|did|would|will) (?:he|it|the president|trump|that|this|she) )(?:have|has|need|needs) to\b/g, 'mandatory'],
  // An agreement that "turns out not to work" is one that proves ineffective.
  [/(?=\b(?:turn|do|did|dont|doesnt|didnt|fail))(?<=\b(?:deals?|agreements?|they|it) )(?:turns? out not to|turned out not to|(?:do|does|did) not|dont|doesnt|didnt|fails? to|failed to) work\b/g, 'ineffective'],
  [/\b(?:dont|do not|doesnt|does not|didnt|did not|cant|cannot|wont|will not|never|fail to|fails to|failed to) (?:agree|reach an? (?:deal|agreement)|reach agreement|strike (?:a |any )?deals?|make (?:a |any )?deals?|come to terms|(?:produce|yield|deliver|get|land|achieve|conclude|secure|result in|lead to) (?:an? |any )?(?:deals?|agreements?))\b|\bno (?:satisfactory |good |real )?(?:deals?|agreements?) (?:is |are |r |get |gets )?(?:in place|reached|done|signed|concluded|struck)\b|\b(?<=(?:if|when|once|in case) (?:there is |there |theres |there are |there will be )?)no (?:deals?|agreements?)\b/g, 'fail agreement'],
  // "If the negotiations do not succeed", "if talks don't pan out": the talks failing.
  [/\b(?:dont|do not|doesnt|does not|didnt|did not|wont|will not|cannot|cant|never|fail to|fails to|failed to) (?:succeed|work out|pan out|bear fruit)\b|\b(?:(?:is|are|was|were|prove|proves|proved) )?(?:not successful|unsuccessful)\b/g, 'fail'],
  [/\bcritical mins?\b/g, 'critical minerals'],
  // "Keep watching imports and raise a flag if more action is needed": tell someone.
  [/\b(?:raise|raises|raised|raising|wave|waves|waved|waving) (?:a |the )?(?:red )?flags?\b|\bsound (?:the|an) alarm\b|\b(?:flag|flags|flagged|flagging)(?= (?:if|when|whether|it|that|any|issues?|problems?|concerns?|the need|a need)\b)/g, 'tell'],
  // "Was the report on time?" asks whether it was late, not about time in general.
  [/\b(?:on|in) (?:time|schedule)\b/g, 'late'],
  // "According to the wire coverage": what the press wrote, not what the proclamation covers.
  [/\b(?:the )?(?:press|media|news|wire|newswire|newspaper|trade press) (?:coverage|reporting|stories|write ?ups)\b|\bcoverage in the (?:press|media|news)\b/g, 'press'],
  // "According to the proclamation": whose account, not an accord.
  [/\baccording to\b/g, 'per'],
  // "How many days until he acted?": until he decided.
  [/(?=\b(?:acted|responded|moved)\b)(?<=\b(?:until|till|before|when) (?:he|the president|trump) )(?:acted|responded|moved)\b/g, 'decided'],
  // "Under what law was Proclamation 11001 issued?": the authorities it invokes, not the day it was signed.
  [/\b(?:under|by|on) what (?:law|statute|legal authority|authority|provision|legal basis)s? (?:was|is|were) (?:\w+ ){0,3}(?:issued|signed|adopted|made|enacted|based)\b|\b(?:statutory |legal )?(?:law|statute|authority|provision)s? (?:under|by|on) which (?:it|this|the proclamation|proclamation 11001|11001) (?:was|is) (?:issued|signed|adopted|made|based)\b/g, 'legal authorities the proclamation invokes'],
  // "What did Commerce conclude in its report?": what it found.
  [/\b(?:conclude|concluded|determine|determined) (?=in (?:its|the|their|his) (?:report|investigation|review)\b)/g, 'find '],
  // "Which agency would an importer deal with?": whom to handle it with, not a deal struck.
  [/(?=\b(?:deal|dealing) with\b)(?<=\b(?:would|to|will|do|does|must|should|we|i|you|importer|importers|they|an importer) )(?:deal|dealing) with\b/g, 'handle'],
  [/\b(?:care|cares|cared|caring) (?:so much )?(?:about|for)\b/g, 'about'],
  // "Doesn't that solve the problem?", "if we mine it here doesn't that fix it?": whether it is enough.
  [/\b(?:solve|solves|solved|fix|fixes|fixed|cure|cures) (?:the |that |this |our )?(?:problem|issue|gap|it|that|this)\b/g, 'enough'],
  // "Where's the line between X and Y?": how they differ.
  [/\b(?:where(?: is| s|s) |draw )?the line between\b/g, 'difference between'],
  [/\b(?:wrap|wraps|wrapped|wrapping) (?:it |things |them |the talks |this )?up\b|\b(?:finish|finishes|finished) up\b|\b(?:close|closes|closed) out\b/g, 'end'],
  // "How many days did Trump take after getting the report?": how long he took to decide.
  [/\b(how (?:long|many days|many weeks|many months)) did (?:trump|the president|president trump|potus|he) (?:take|need|wait)\b(?! (?:\w+ ){0,3}to\b)/g, '$1 did the president take to decide'],
  // "What can the President do now?": the remedies open to him.
  [/\bwhat (?:else )?(?:can|could|may|might) (?:the president|president trump|trump|potus|he|the us|the administration|washington|the white house) (?:still |actually |legally )?do\b/g, 'what further action may the president'],
  // "Did industry get a chance to comment?": whether comments were invited.
  [/\b(?:get|got|have|had|given) (?:a |the |any )?(?:chance|opportunity) to (?:comment|weigh in|submit comments|give input)\b/g, 'public comments'],
  // "When did it run in the Federal Register?": when it was published there, not who runs what.
  [/\b(?:run|ran|runs|running|appear|appeared|appears|show up|showed up|come out|came out|go|went|get|got|printed|print) (?:in|into) (?:the )?(federal register|fed reg|fr)\b/g, 'published in the $1'],
  // "What numbers does the proclamation cite?": what it says, not a citation of it.
  [/(?=\b(?:cite|quote))(?<=\b(?:proclamation|procl|proc|11001|it|they|commerce|the order) )(?:cite|cites|cited|quote|quotes|quoted)\b/g, 'say'],
  [/\b(numbers|figures|stats|statistics|data|percentages) (?:cited|quoted)\b/g, '$1'],
  // "Is Proclamation 11001 properly characterized as an executive order?": whether it is one.
  [/\b(?:properly |correctly |accurately |rightly |technically )?(?:characteri[sz]ed|described|classified|labell?ed|termed|categori[sz]ed) as\b/g, ''],
  // "Can I get a copy of the Commerce report?": whether it is published.
  [/\b(?:get|obtain|see|read|review|view|consult|inspect|download|access) (?:a copy of |a look at )?(?:the )?((?:commerce |commerces |secretarys |secretary s |section 232 |232 |final |actual |full )*)report\b/g, 'published $1report'],
  // "Which agency makes the critical minerals list?": who publishes it.
  [/\b((?:which|what) (?:agency|office|department|body|bureau)|who) (?:makes|make|made|writes|compiles|draws up) (the (?:\w+ ){0,3}list)\b/g, '$1 publishes $2'],
  // "Who in government do we contact about the talks?": who leads them.
  [/\bwho (?:in (?:the )?(?:government|administration|dc|washington) )?(?:do|should|can|could) (?:we|i) (?:actually )?(?:contact|talk to|reach out to|approach|lobby|write to|call|email)\b/g, 'who leads'],
  // "The list that determines which minerals fall within this action": what the list is for, not what is asked.
  [/\b(?:that|which) (?:decides|decide|determines|determine|defines|define|governs|govern|sets|drives) (?:what|which)(?: \w+)?(?: s| is| are)? (?:covered|in scope|included|(?:fall|falls) (?:within|under) (?:this|the) \w+)\b|\bon which (?:the|this|that|its) \w+ (?:relies|rests|depends|is based)\b|(?=\b(?:that |which )?(?:this|it|the proclamation|everything|all this|this whole thing|the whole thing|this thing|everyone|everybody|people|(?:the |its |the investigations? |the proclamations? )?(?:scope|investigation|probe)) (?:is |was )?(?:all )?(?:based on|built on|rests on|relies on|relied on|relied upon|relies upon|depends on|hinges on|keys off|keyed off|key off|draws on|refers to|refer to|uses|used|cites|cite) *$)(?<=\b(?:list|lists|data|figures|numbers|report|definition) )(?:that |which )?(?:this|it|the proclamation|everything|all this|this whole thing|the whole thing|this thing|everyone|everybody|people|(?:the |its |the investigations? |the proclamations? )?(?:scope|investigation|probe)) (?:is |was )?(?:all )?(?:based on|built on|rests on|relies on|relied on|relied upon|relies upon|depends on|hinges on|keys off|keyed off|key off|draws on|refers to|refer to|uses|used|cites|cite)(?= *$)/g, ''],
  // "Was the probe on a shorter clock than a normal 232?": a faster timetable than the usual one.
  [/\b(?:shorter|faster|tighter|quicker|compressed|accelerated) (?:report |reporting )?(?:clock|timeline|schedule|timetable|deadline)\b/g, 'faster clock'],
  [/\b(?:normal|standard|typical|regular|ordinary)(?= (?:section |sec )?232\b)/g, 'usual'],
  [/\b(?:day to day|on a day to day basis|in practice|in practical terms|practically speaking|on the ground|in real terms)\b/g, ''],
  // "Is the 180-day clock still running?": the negotiation window, not the statute's clocks.
  [/\b(?:180 ?day|negotiation|negotiating|talks) (?:clock|countdown|timer)\b/g, '180 day window'],
  [/\bstill (?:running|ticking|going|live|active|counting)\b/g, 'still open'],
  // "Was the deadline on a weekend?", "what weekday was it signed?": the day asked for, whose answer names its weekday.
  [/\b(?:(?:fall|falls|fell|land|lands|landed|be|is|was) )?on a (?:weekend|weekday|saturday|sunday|business day|working day)\b|\bwhat (?:day of the week|weekday)\b/g, 'when'],
  // "What remedies is the President positioned to use?": what he may do.
  [/\b(?:positioned|poised|in a position) to\b/g, 'may'],
  // "Which defense applications does it cite?", "end uses": what the minerals are used for.
  [/\b(?:applications|end uses|end use|use cases)\b/g, 'uses'],
  [/\b(?:these|those|such) materials\b/g, 'these minerals'],
  [/\brecycled (?:stuff|things|goods|feedstock|content|inputs)\b/g, 'recycled material'],
  // "The principal elements of the diagnosis": its points, which the diagnosis itself names.
  [/\b(?:principal|main|key|core|central|chief|major) (?:elements|components|pillars|planks|parts)(?: of)?\b/g, ''],
  [/\bon behalf of\b/g, 'for'],
  [/\b(?:needed|required|necessary|essential) for\b/g, 'used for'],
  [/\b(?:in )?(?:one|1|two|2|a few|few|a short) (?:paragraph|sentence|line)s?\b|\bin a (?:paragraph|sentence|line)\b/g, 'summary'],
  // "The name and number of the instrument" is its identifier, not a count.
  [/\bhow many\b|\bnumber of\b(?! (?:the|this|that|its) (?:instrument|proclamation|document|order|notice|eo|executive order)\b)/g, 'count'],
  // "Please state the FR number": a request, not the State Department.
  [/\b(?:please|pls|kindly|can you|could you|would you) state\b/g, 'please'],
  [/\bhow much\b/g, 'amount'],
  [/\b(?:right now|at the moment|as of today|these days|rn|atm)\b/g, 'now'],
  // "Who puts out the list?": who publishes it.
  [/\b(?:puts?|putting) out\b/g, 'publishes'],
  // "Which puts the deadline at July 19": a date given, not a duty imposed.
  [/\b(?:puts?|putting|places?|placing) (?=(?:the |it |that |this )?(?:deadline|date|end|window|cutoff|cut off)? ?at\b)/g, ''],
  [/\b(?:keeps?|keeping|kept) (?:an |a close )?eye on\b|\b(?:watch|watches|watching) over\b|\boversees?\b|\boverseeing\b/g, 'monitor'],
  [/\b(?:at|on) the border\b|\bborder enforcement\b/g, 'customs border'],
  [/\b(?:hand|hands|handed|handing|turn|turns|turned|turning) (?:in|over)\b/g, 'delivered'],
  [/\b(security|big|major|key|main|real|trade|supply|serious|policy) issues?\b/g, '$1'],
  [/\b(?:in a nutshell|in short|in brief|briefly|going forward|moving forward|from now on|on the hook for|in the first place|to begin with|list (?:them|those|these|it)|(?:one|any|some) of (?:the|these|those|them))\b/g, ''],
  // Being "in force" is being in effect; forcing someone to act is an obligation.
  [/\b(?:in|into) force\b/g, 'in effect'],
  // "The commerce sec" is its secretary; "sec 232" stays the section.
  [/\b(commerce|state|treasury|interior|energy|defense|war|homeland security) sec\b(?! 232)|\bsec(?= of (?:commerce|state|the treasury|treasury|the interior|interior|energy|defense|war|homeland security)\b)/g, '$1 secretary'],
  // Being "charged" at the border is paying; being "in charge" or "charged with" a task is leading.
  [/\b(?:is|are|was|were|be|been|being|get|gets|getting|got|anything|something|nothing) charged\b(?! with)/g, 'pay'],
  // "The numbers they cited": who quoted them is framing, not a citation asked for.
  [/\b(?:they|he|she|we) (?:cited|cite|cites|quoted|quote|quotes|mentioned|mention|mentions)\b/g, ''],
  [/\b(?:a bunch of|a lot of|lots of|plenty of|a ton of|tons of|a load of|loads of|in light of|in view of|at this juncture|at this point in time|at this stage)\b/g, ''],
  // "We already mine it here": the verb (or "a mine"), not the pronoun the stop words drop.
  [/(?=\bmine\b)(?<=\b(?:we|they|you|us|to|already|also|can|cant|cannot|could|do|dont|does|doesnt|still|actually|a|the|new|domestic) )mine\b/g, 'mining'],
  // "When could there be one?": a pronoun, not the "one" of "one country" or "one year".
  [/(?=\bone\b)(?<=\b(?:be|is|was|get|got|new|any|no|that|this|which|the|trigger|triggers|cause|causes|bring|impose|expect|see) )one\b(?! (?:years?|months?|weeks?|days?|of|country|countries|foreign|supplier|source|minerals?)\b)/g, ''],
  // Making an action official or a report public is publishing it.
  [/\b(?:made|make|makes|making) (?:it |them |that |this )?(?:official|formal|public)\b|\bformali[sz](?:e|ed|es|ing)\b/g, 'published'],
  // "Watching import levels": the imports themselves.
  [/\b(imports?) (?:levels?|volumes?|flows?|numbers|figures|trends?)\b|\b(?:levels?|volumes?|flows?) of imports?\b/g, 'imports'],
  // "Whatever came of the Mexico plan?": what happened to it.
  [/\b(?:whatever|what) (?:came|comes|become|became) of\b|\bwhatever happened (?:to|with)\b/g, 'what happened to'],
  // "Does the proclamation reach cathodes?": whether it covers them (never "reach agreements").
  [/(?=(?:reach|reaches|reached|extend to|extends to|stretch to|stretches to|go as far as|goes as far as)\b)(?<=\b(?:proclamation|it|this|11001|order|action|scope|232) )(?:reach|reaches|reached|extend to|extends to|stretch to|stretches to|go as far as|goes as far as)\b(?! (?:an? |any )?(?:agreements?|deals?|consensus))/g, 'cover'],
  // "Days since signing and since the deadline, both numbers pls": each count asked, not a number of a document.
  [/\b(?:both|the two|each) (?:numbers|figures|counts)\b|\b(?:both|each) (?:number|figure|count)\b/g, 'both'],
  // "Why didn't the administration put tariffs on?": what the administration decided here, the President decided.
  [/\b(?:the )?(?:trump |us |white house )?(?:administration|admin)(?= (?:didnt|did not|not|decide|decided|choose|chose|put|hold|held|impose|imposed|sign|signed|go|went|opt|opted|skip|skipped)\b)/g, 'the president'],
  // "I always mix them up": why the asker asks, not what.
  [/\b(?:i|we) (?:always |keep |sometimes |often )?(?:mix|mixing|get|getting) (?:them|the two|those|these|it) (?:up|mixed up|confused)\b/g, ''],
  // "Make his determination after receiving the report": decide.
  [/\b(?:make|makes|made|making|reach|reached|issue|issued) (?:a |his |the |its |their )?(?:final )?determination\b/g, 'decide'],
  // Acting on a report is deciding what to do about it.
  [/\b(?:act|acts|acted|acting|respond|responds|responded|responding)(?= (?:on|to) (?:it|the|that|this|its|his|commerces?)\b)|(?=\b(?:act|respond|react)\b)(?<=\b(?:take|takes|took|taken|taking) (?:\w+ ){0,3}to )(?:act|respond|react)\b/g, 'decide'],
  // "Hold of on tariffs": the typo the spelling corrector cannot see, "of" being a word too.
  [/\b(hold|holds|held|holding) of (?=on\b)/g, '$1 off '],
  // "Is Commerce supposed to keep monitoring?", "would a tariff need a notice?": what is required.
  [/(?=\bsupposed to\b)(?<=\b(?:is|are|was|were) (?:commerce|ustr|the president|president|trump|the secretary|secretary|lutnick|greer|dhs|cbp|congress|the agencies|agencies) )supposed to\b|(?=\b(?:need|require)\b)(?<=\b(?:would|does|will) (?:a |an |the |any |this |that )?(?:\w+ )?\w+ )(?:need|require)\b/g, 'mandatory'],
  // "Ferroniobium", "ferro-vanadium": an alloy of the mineral, which is what a mention needs to see.
  [/\bferro ?(niobium|vanadium|tungsten|molybdenum|titanium|manganese|chromium|chrome|silicon|nickel|boron)\b/g, '$1 alloy'],
  // "Why did they go for talks?", "why they went with talks": why talks were chosen ("could they go with" stays a may); "back in January" is just when.
  [/\b(?:go|goes|going|opt|opts|opting|settle) for\b|\b(?:went|gone|opted|settled) (?:for|with)\b/g, 'chose'],
  [/\b(?:back in|way back in|back then in)\b/g, 'in'],
  [/\bup[ -]to[ -]date\b/g, 'latest'],
  // "Who makes the call?", "who calls the shots?": who decides.
  [/\b(?:makes?|making|made) the (?:call|calls|decision|decisions|final call)\b|\bcalls? the shots\b|\bhas the final say\b/g, 'decides'],
  // "Entry docs": documents, not the DOC (Commerce) several times over.
  [/\bdocs\b/g, 'documents'],
  // "Walk me through the chain of events": the timeline, told in order.
  [/\b(?:walk|take|run|talk) (?:me|us) through\b/g, ''],
  [/\b(?:chain|sequence|series|order|succession|string) of events\b/g, 'timeline'],
  // "What timeline did EO 14272 give Commerce?": the timetable it set, not the story so far.
  [/\b(?:timeline|timeframe|time frame|schedule|timetable) (?=(?:did|does|do) (?:\w+ ){1,3}(?:give|gave|set|impose|allow|grant)\b)/g, 'timetable '],
  // "What is net import reliance actually measuring?" asks what it means, not about measures taken.
  [/\b(what\b.{1,80}?)\b(?:measuring|measures|measure|measured)(?=\s*[?.!]*\s*$)/g, '$1mean'],
  // "Explain it like I'm new on the team", "in plain English": how to answer, not what.
  [/\blike (?:i ?a?m|im|i'm|i am) (?:new|five|5|a beginner|a newbie|an outsider|not an expert)(?: (?:on|to|in) (?:the|this) (?:team|job|company|topic|field))?\b|\b(?:in (?:plain|simple) (?:english|terms|words)|in laym[ae]n'?s terms|for (?:a|an) (?:newbie|beginner|outsider|non[- ]expert)|eli5)\b/g, ''],
  // "The 12/29 stat" is a figure, not the State Department misspelt.
  [/\bstats?\b/g, 'figures'],
  // "Our VP of supply chain": the asker's executive, not the Vice President.
  [/\b(?:s|e)?vps? (?:of|for) (?!the\b)[\w-]+(?: (?:chain|management|ops|operations|affairs|relations|development|planning))?\b|\b(?:our|my|their|your) (?:s|e)?vps?\b/g, ''],
  // "Other 232s", "the 1990s": a number made plural is still the number.
  [/\b(\d{2,})s\b/g, '$1'],
  // "This Project Vault thing I keep seeing mentioned alongside it": where the asker met it, not what is asked.
  [/\b(?:i |we )?(?:keep|keeps|kept) (?:seeing|hearing|reading)(?: about)?(?: (?:it|this|that))?(?: (?:mentioned|referenced|cited|brought up))?(?: (?:alongside|with|next to|together with) (?:it|this|that))?/g, ''],
  // "Who are they negotiating with?", "with whom will they talk?": the other side of the talks, not who leads them.
  [/\b(negotiat\w*|talk|talks|talking|deal|deals|dealing) with(?=\s*(?:[?.!]|$|whom?\b))/g, '$1 partners'],
  [/\bwith (?:whom|who)\b(?=.*\b(?:negotiat\w*|talks?|talking|deals?)\b)|(?<=\b(?:negotiat\w*|talks?|talking|deals?) )with (?:which|what) (?:countries|nations|governments|partners|trading partners)\b/g, 'partners'],
  // "Wait, what even is Section 232?", "ok so what happens next?": the opening interjection asks nothing.
  [/^(?:(?:ok|okay|oh|ah|hmm+|um+|uh+|wait|hold on|hang on|sorry|alright|hey|yo|lol|right|so|quick q|quick question)\s+)+(?=(?:what|whats|who|whos|when|whens|where|why|how|hows|which|is|are|was|were|do|does|did|can|could|so)\b)/g, ''],
  // "Which two officials negotiate?": how many answers are wanted, not a figure to match.
  [/\b(which|what) (?:two|three|2|3) (?=\w+s\b)/g, '$1 '],
  // "Who is supposed to negotiate them?": who does it; the duty is in the question word already.
  [/\bwho(?:s| is| are| was| were| r) (?:supposed|meant|expected|required|slated|set|due|going) to\b/g, 'who'],
  // "By when are they supposed to report back?": when it is due.
  [/\b(?:by )?when (?:are|is|were|was) (?:they|he|she|it|we|the officials|officials) supposed to\b|\bby when (?:did|do|does|must|will|would) (?:they|he|she|it|we|the officials|officials) (?:have|need|got) to\b/g, 'when due'],
  // "Did uranium make it on?", "made the cut": got onto the list.
  [/\b(?:make|makes|made|making) (?:it )?(?:on ?to|onto|on|in ?to|into)(?: (?:the |that |this )?(?:final )?(?:list|cut))?\b|\b(?:make|makes|made|making) the (?:list|cut)\b/g, 'listed '],
  // "Two quick q's:", "a few qs": questions counted, not quotations.
  [/\b(?:(?:two|2|three|3|a couple of|couple of|a few|few|some|several|quick|short|fast) )+q ?s?\b/g, ''],
  [/\bb4\b/g, 'before'],
  [/\bif any\b/g, ''],
  [/\b(?:right away|straight away|immediately|at once|right off the bat|up front|upfront|(?:on|from) day (?:one|1))\b|\b(?:go|goes|going|went|jump|jumped|move|moved) straight (?:to|for)\b/g, 'now'],
  // "What kicked this whole thing off": a kick-off split by its object, read before "what started".
  [/\b(?:kick|kicks|kicked|kicking) ((?:\w+ ){1,4})off\b/g, 'started $1'],
  [/\bwhat (?:(?:instrument|order|document|measure|action|legal instrument) )?(?:kicked off|started|triggered|prompted|sparked|set off|led to|launched|opened|initiated)\b|\b(?:what|which) (?:instrument|order|executive order|eo|document|legal instrument) (?:kicked off|started|triggered|prompted|launched|opened|initiated|directed|ordered)\b/g, 'what ordered'],
  [/\bwhat (?:set|sets|put|puts) ((?:\w+ ){1,4})in motion\b/g, 'what ordered $1'],
  [/\b(?:kick|kicks|kicked|kicking) off\b|\b(?:got|get|gets|set) the ball rolling\b|\bset (?:in motion|off)\b/g, 'started'],
  [/\bfor (?:the )?purposes? of (?:this|the) (?:section 232 |sec 232 |232 )?(?:investigation|proclamation|probe|action)\b|\bfor (?:this|these|our|its|those) purposes?\b|\bin (?:this|that|the) (?:context|sense)\b|\b(?:(?:people|everyone|everybody|folks|they|colleagues|articles|headlines|the coverage|coverage) )?(?:keeps?|kept) (?:talking about|mentioning|saying|referring to|bringing up|using|calling|quoting|citing)\b/g, ''],
  [/\b(?:paste|print|dump|spell out|enumerate|list out)\b/g, 'list'],
  // Chat framing that carries no topic: "the 2025 list people keep mentioning", "in plain english".
  [/\b(?:people|everyone|everybody|folks|they|colleagues|articles|headlines) (?:keep|keeps|kept) (?:mentioning|saying|talking about|bringing up|referring to|quoting|citing)\b|\b(?:i )?(?:keep|kept) (?:seeing|hearing|reading)(?: about)?\b|\bin (?:plain|simple) (?:english|terms|words)\b|\bin laymans terms\b|\bfor (?:the|a|our) (?:memo|briefing|board paper|deck|slide|report)\b|\bfor (?:my|our|the) (?:boss|manager|director|vp|cfo|ceo|gc|leadership|execs?|higher ups?)\b|\bfor (?:our|my|the|a) (?:compliance |customs |broker |audit |legal |internal |client )?(?:file|files|records|record|documentation|paperwork)\b/g, ''],
];

/**
 * Chat spellings, some of them words of their own ("rite", "wen") that the spelling corrector
 * would leave be, read as the words meant before anything else.
 */
const CHAT_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ...['wat', 'wut', 'waht', 'whta', 'wht'].map((w) => [w, 'what'] as const),
  ['wats', 'whats'],
  ...['wen', 'whn'].map((w) => [w, 'when'] as const),
  ['hw', 'how'],
  ...['wud', 'woud'].map((w) => [w, 'would'] as const),
  ...['cud', 'coud'].map((w) => [w, 'could'] as const),
  ...['shud', 'shoud'].map((w) => [w, 'should'] as const),
  ['rite', 'right'],
  ['r', 'are'],
  ['regs', 'regulations'],
  ['prez', 'president'],
  ['crit', 'critical'],
  ['abt', 'about'],
  ['dc', 'washington'],
  ['shld', 'should'],
  ...['procl', 'procla', 'proclam'].map((w) => [w, 'proclamation'] as const),
  ['diff', 'difference'],
  ['rn', 'now'],
  ['gotta', 'have to'],
  ['gonna', 'going to'],
  ['wanna', 'want to'],
  ['pub', 'publication'],
  // British spellings the knowledge, written in American English, would otherwise never meet.
  ['defence', 'defense'],
  ['defences', 'defenses'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['thru', 'through'],
  ...['cuz', 'coz', 'cos', 'bc', 'bcuz', 'bcoz'].map((w) => [w, 'because'] as const),
  ['ppl', 'people'],
  ...['tmr', 'tmrw'].map((w) => [w, 'tomorrow'] as const),
  ['wks', 'weeks'],
  ['reqs', 'requirements'],
  ['shd', 'should'],
  ['dutys', 'duties'],
  ['yr', 'year'],
  ...['til', 'untill'].map((w) => [w, 'until'] as const),
  ['req', 'requirement'],
  ['yrs', 'years'],
]);

/** Folded words with chat spellings read as the words meant ("wud" → "would"). */
export function respelled(words: readonly string[]): string[] {
  return words.map((w) => CHAT_SPELLINGS.get(w) ?? w);
}

/** Words idioms turn into: already what the reader meant, so never "corrected" ("count" is not "court"). */
const IDIOM_WORDS: ReadonlySet<string> = new Set(IDIOMS.flatMap(([, replacement]) => replacement.split(' ')).filter((w) => w !== ''));

function rewriteIdioms(words: string[]): string[] {
  let text = respelled(words).join(' ');
  for (const [pattern, replacement] of IDIOMS) text = text.replace(pattern, replacement);
  return text.split(' ').filter((w) => w !== '');
}

/** Words that set two things side by side, which a synonym phrase must not span. */
const PHRASE_BARRIERS: ReadonlySet<string> = new Set(['or', 'nor', 'versus', 'vs']);
const BARRIER = { stem: '\u0000', source: '', edits: 0 };

function foldPhrases(stems: readonly { stem: string; source: string; edits: number }[]): Term[] {
  const out: Term[] = [];
  for (let i = 0; i < stems.length; ) {
    let matched = false;
    for (let n = Math.min(PHRASES.longestFrom.get(stems[i]?.stem ?? '') ?? 0, stems.length - i); n >= 1; n--) {
      const slice = stems.slice(i, i + n);
      const canonical = PHRASES.byKey.get(slice.map((s) => s.stem).join(' '));
      if (canonical === undefined) continue;
      out.push({ term: canonical, source: slice.map((s) => s.source).join(' '), edits: Math.max(...slice.map((s) => s.edits)) });
      i += n;
      matched = true;
      break;
    }
    if (!matched) {
      const s = stems[i];
      if (s) out.push({ term: s.stem, source: s.source, edits: s.edits });
      i += 1;
    }
  }
  return out;
}

/**
 * Turns text into terms. Knowledge and questions go through the same steps so that they meet;
 * only questions get spelling correction (the corrector is built from the knowledge's words).
 */
export function analyze(text: string, corrector?: TypoCorrector): Analysis {
  const words: string[] = [];
  const stems: { stem: string; source: string; edits: number }[] = [];
  // Idioms are read before spelling correction too, so "in plain english" is not corrected to "plan".
  const typedWords = rewriteIdioms(foldWords(text));
  const fixes = typedWords.map((typed) => (IDIOM_WORDS.has(typed) ? null : (corrector?.correct(typed) ?? null)));
  // Idioms are read again only where a correction may have made one ("dont agre" → "dont agree").
  const corrected = fixes.some((f) => f !== null) ? rewriteIdioms(typedWords.map((typed, i) => fixes[i]?.word ?? typed)) : typedWords;
  const editsOf = new Map(typedWords.flatMap((typed, i) => {
    const fix = fixes[i];
    return fix ? [[fix.word, { typed, edits: fix.edits }] as const] : [];
  }));
  for (const word of corrected) {
    words.push(word);
    // "A processed critical mineral or a derivative product?" weighs two terms: no phrase joins them across "or".
    if (PHRASE_BARRIERS.has(word)) stems.push(BARRIER);
    if (STOP_WORDS.has(word) || /^\p{L}$/u.test(word)) continue;
    const stemmed = stem(word);
    // "needed", "wanted", "telling": inflections of filler words carry no topic either.
    if (STOP_WORDS.has(stemmed)) continue;
    const fix = editsOf.get(word);
    stems.push({ stem: stemmed, source: fix?.typed ?? word, edits: fix?.edits ?? 0 });
  }
  return { words, terms: foldPhrases(stems).filter((t) => t.term !== BARRIER.stem) };
}

/** Terms of a knowledge text (no spelling correction), as plain strings. */
export function termsOf(text: string): string[] {
  const known = knownTermsOf(text);
  if (known) return known;
  const terms = analyze(text).terms.map((t) => t.term);
  noteTerms(text, terms);
  return terms;
}
