import { OBLIGATION_DUTY } from '../text/analyze.js';

/**
 * Words that tell what an importer or compliance question is about, beyond its topic: paying a
 * duty, a tariff code, a quota, a licence, an exclusion, a budget, when something takes effect,
 * whether a product is covered, how two actions relate, an importer's paperwork, a claim to check,
 * what a term counts in.
 */
export type Cue =
  | 'duty'
  | 'hts'
  | 'quota'
  | 'licence'
  | 'exclusion'
  | 'budget'
  | 'effective'
  | 'restriction'
  | 'cover'
  | 'importer'
  | 'relation'
  | 'watch'
  | 'advice'
  | 'fta'
  | 'paperwork'
  | 'claim'
  | 'counts-as'
  | 'which-kind';

const CUES: readonly [Cue, RegExp][] = [
  ['duty', /\b(?:(?:232|tariff|duty|applicable|current|new|extra|additional|what|which|at what) rates?|rates? on|tariffs?|tarrifs?|tarifs?|tariffed|tarriffed|duty|duties|dutiable|levy|levies|surcharges?|import tax(?:es)?|pay|paying|paid|(?:we|i|us|they) owe|owe (?:any|anything|duty|duties|tariffs?|money)|owed|owing|charge|charged(?! with)|costs?|232 (?:duty|duties|tariffs?)|232d|232ed|deposits?|cash deposits?|bonds?|drawback|entry summary|entry filings?|collect|collects|collecting|collected|(?:costs?|prices?|price increases?|price rises?|surcharges?) (?:\w+ ){0,4}(?:from|due to|because of|caused by) (?:the |this |a |new )*(?:\w+ ){0,3}(?:232|tariffs?|proclamation))\b/],
  ['hts', /\b(?:hts|htsus|hs codes?|hs numbers?|tariff codes?|tariff lines?|tariff numbers?|classification|classify|classified|headings?|subheadings?|product list|products list|list of (?:covered )?products|covered products|annex|annexes|scope list|chapter 99|9903|harmonized tariff)\b/],
  ['quota', /\b(?:quotas?|trq|trqs|tariff rate quotas?)\b/],
  ['licence', /\b(?:licen[cs]es?|licen[cs]ing|permits?)\b/],
  ['exclusion', /\b(?:exclusions?|excluded|exclude|excludes|exempt|exempts|exempted|exempting|exemptions?|carve ?outs?|waivers?|spared|exception|exceptions)\b/],
  ['budget', /\b(?:budget|budgets|budgeting|budgeted|forecast|forecasting|reprice|repricing|pricing|quoting|landed cost|cost impact|contracts?|hedge|hedging|stockpile|stockpiling|lock in|plan for|planning|risk|worry|worried|concern|concerned|(?:switch|switching|change|changing|replace|replacing|drop|dropping|find|finding|look for|diversify|diversifying) (?:our |my |new |other |alternative )?(?:suppliers?|sources?|sourcing|vendors?)|front ?load|front ?loading|pre ?buy|pre ?buying|pull (?:orders )?forward|buy ahead)\b/],
  ['effective', /\b(?:effective|live|in place|take effect|takes effect|took effect|kick in|kicks in|kicked in|start|starts|started|begin|begins|began|in force|in effect|go into effect|goes into effect|come into force|enforced|apply from|collected|collecting|collect)\b/],
  ['restriction', /\b(?:restrictions?|restricted|restrict|measures?|ban|bans|banned|embargo|curbs?|limits? on|import controls?|minimum import prices?|price floors?)\b/],
  ['fta', /\b(?:usmca|cusma|nafta|fta|ftas|free trade agreements?|free trade partners?|trade agreement partners?)\b/],
  ['cover', /\b(?:cover|covers|covered|coverage|affect|affects|affected|apply|applies|applicable|in scope|scope|subject to|fall under|falls under|fall within|caught|hit|hits|hitting|impact|impacts|impacted|included|count as|counts as|^(?:would|does|do|will|did|is|are) (?:\w+ ){1,4}(?:count|qualify)$|qualifies|in play|part of|aimed at|target|targets|targeted|touch|touches|under this|under (?:proclamation )?11001|under the proclamation|under it|get out of|(?:pull|pulls|pulled|bring|brings|brought|put|puts|drag|drags|dragged|sweep|sweeps|swept) (?:\w+ ){0,3}(?:into|in ?to|under|within)|(?:considered|deemed|counted as|counted among|treated as|classed as|classified as|regarded as|qualify as|qualifies as) (?:an? |the )?(?:derivative|processed|critical|pcmdps?))\b/],
  ['importer', /\b(?:we|our|(?<!\bthe )us|importers?|importing|(?<!minimum )imports?|imported|shipments?|shipping|supplier|suppliers|procurement|sourcing|source|buy|buying|purchase|purchasing|entries|entry|customs|broker|landed|inputs?|goods|products?|parts)\b/],
  ['relation', /\b(?:relate|relates|related|to do with|tied to|linked to|relation|relationship|replace|replaces|replaced|replacing|replacement|instead of|stack|stacks|stacked|stacking|cumulative|cumulatively|on top of|in addition to|overlap|overlaps|interact|interacts|link|linked|connection|connected|separate|combined|same as|different from|difference)\b/],
  ['watch', /\b(?:watch|watching|watched|(?:set up|get|sign up for|subscribe to) (?:\w+ )?alerts?|alert (?:me|us)|track|tracking|monitor|monitoring|keep an eye|look out|next steps?|what next|whats next|(?:happens|happen|comes|come) next|coming up|upcoming|should we|should i|do we need to|prepare|preparing|action items?)\b/],
  ['paperwork', /\b(?:documentation|documents|certifications?|paperwork|forms) (?:\w+ ){0,2}(?:needed|required|necessary)\b|\b(?:we|i|importers?|brokers?|team|company|firm|business)\b (?:\w+ ){0,4}(?:report|file|declare|certify|register|keep records)\b|\b(?:reporting|filing|declaration|certificate|recordkeeping|record keeping|paperwork|marking|registration|documentation) (?:requirements?|obligations?|rules?)\b|\bcertificates? of origin\b|\b(?:obligations?|requirements?|duties) (?:\w+ ){0,6}(?:importers?|importer of record|importers of record)\b|\bcountry of (?:origin|export)\b|\bde minimis\b|\b(?:declarations?|paperwork|recordkeeping|record keeping|documentation|marking)\b/],
  // "What counts as a derivative product?", "what falls under processed?": what a term takes in.
  // "A processed critical mineral or a derivative product?": which of the two kinds of goods.
  ['which-kind', /\bprocessed\b[^.?]*\bor\b[^.?]*\bderivatives?\b|\bderivatives?\b[^.?]*\bor\b[^.?]*\bprocessed\b/],
  ['counts-as', /\bwhat (?:counts|qualifies|is considered|are considered|falls|fall|comes|come) (?:as|under)\b|\bwhat (?:is|are) (?:a |an )?(?:derivative|processed)\b/],
  // "Can I tell customers there's no tariff?" puts up a statement for checking, as "sales told them" does.
  ['claim', /\b(?:told|tells|telling|says|said|saying|claims?|claimed|claiming|heard|letter|mentioned|insists?|insisted|according to|reckons?|headline)\b|\b(?:can|could|may|should) (?:i|we) (?:tell|say|write|assure|confirm to|inform|promise)\b/],
  // "What should our compliance team be doing?", "what practical steps should an importer take?"
  ['advice', /\b(?:should (?:we|i)|advice|advise|recommend|what (?:do|should) (?:we|i) (?:do|tell))\b|\bshould (?:our|my|the|an?) (?:\w+ ){0,3}(?:team|teams|company|business|department|group|importer|importers|buyer|buyers|firm|side|people)\b|\bshould (?:importers|companies|businesses|buyers|firms)\b|\b(?:practical|concrete|immediate|prudent|sensible) (?:steps?|actions?|measures?|things?)\b|\bwhat (?:steps?|actions?) (?:should|to take|do|must|would)\b|\bto ?do list\b/],
];

/** The cues of a question, from its folded words; a duty that is an obligation is no tariff. */
export function cuesOf(text: string): ReadonlySet<Cue> {
  const cues = new Set<Cue>();
  const read = text.replace(OBLIGATION_DUTY, 'obligation');
  for (const [cue, pattern] of CUES) if (pattern.test(read)) cues.add(cue);
  return cues;
}

/** Words naming this proclamation (or "this" in a question asked about it). */
const NAMES_PROCLAMATION = /\b(?:11001|proclamation|procl|proc|pcmdps?|this (?:order|action|rule|measure|thing|one|new rule)|the critical minerals? (?:232|action|tariffs?|probe|investigation)|(?:minerals?|critical minerals?) 232|232 (?:on|for) (?:processed )?critical minerals?|under (?:section )?232 (?:on |for )?(?:processed )?critical minerals?|232 (?:tariffs?|duties|action) on (?:critical )?minerals|232 (?:processed )?critical minerals? (?:duty|duties|tariffs?|action|measure|investigation|probe|case)|under this|because of this|from this)\b/;

export function namesProclamation(text: string): boolean {
  return NAMES_PROCLAMATION.test(text);
}
