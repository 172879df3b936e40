import type { QuestionAnalysis } from '../analysis/question-analysis.js';
import { dutyLinks, dutyStatusAnswer, type DutyQuestion } from '../answers/duty-status.js';
import type { Mineral, Product } from '../../knowledge/schema.js';
import { isConfident } from '../abstain.js';
import { residualShare } from '../analysis/question-analysis.js';
import { termsOf } from '../text/analyze.js';
import type { Country } from '../lexicon/countries.js';
import type { Rule } from './rule.js';

/** Questions about the future ("are duties coming?", "can Washington slap tariffs on it?") want what could happen, not a "No." about today. */
const ASKS_FUTURE = /\b(?:will|would|could|might|coming|comming|future|later|eventually|possible|possibly|likely|expect|expected|going to|gonna|threat|threatened|planned|next|down the road|risk)\b|\b(?:can|may) (?!(?:we|i|you|our|my)\b)(?:\w+ ){1,3}(?:impose|slap|add|put|raise|levy|tariff|charge|increase|hike|restrict|start)\b/;
/** Words of duty questions themselves: what is left over is what the question asks in particular. */
const ABOUT_DUTIES = new Set(
  termsOf(
    'tariff tariffs duty duties pay paying paid owe extra additional new change changes changed import imports importing imported importer importers we our us any now currently today yet still proclamation 11001 232 section critical mineral minerals product products goods cover covered apply applies subject hit affected quota quotas licence license permit hts code codes list exempt exemption exclusion budget cost costs start starts take takes took begin begins date effective kick because this from country countries processed derivative rate rates restriction restrictions price floor floors minimum set buy earliest soonest latest right correct true file filing apply place force effect live active enforced status state standing january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec 2025 2026',
  ),
);

/** "Status today?", "where do things stand?": where the proclamation stands is what its duties stand at. */
const ABOUT_STATUS = new Set(termsOf('status state play situation stand standing stands where things now today currently current proclamation 11001 232 critical minerals summary memo note internal brief quick lines'));
const ASKS_STATUS = /\bstatus\b|\bwhere (?:do|does|are|is|did) (?:things|we|it|this|matters|everything)\b|\bwhere (?:\w+ ){0,6}stands?\b|\bstate of play\b|\bstanding\b/;

/** How goods are dealt with: "Mexico treatment", "a carve-out for Japan", "treated differently" (not "treated as" a kind). */
const TREATMENT = /\b(?:treat|treats|treated)\b(?! as\b)|\b(?:treatment|carve ?outs?|special|preferential|differently|spared|favou?rable)\b/;

/** "What's the rate?": how much a duty charges. */
const ASKS_RATE = /\b(?:rates?|percent|percentage)\b/;

/** Rules about which country counts, which only a duty would need. */
const ORIGIN = /\b(?:country of (?:origin|export)|origin|de minimis)\b/;
/** How a later duty would treat goods and contracts already under way. */
const TRANSITION = /\b(?:grandfather\w*|transition\w*|retroactiv\w*|in transit|phase(?:d)? in|existing contracts?|signed before|already (?:shipped|ordered|contracted|on the water))\b/;
/** Words asking whether a claim holds. */
const CHECKS = /\b(?:true|right|accurate|correct|rely|legit|real|such an?|is that so|can that be|fair|valid|confirm)\b/;
const CHECK_TAG = /\b(?:right|correct|true|yes|yeah)$/;
/** A claim that no duty applies ("there's no 232 on cobalt"), and one that none ever will. */
const DENIES = /\b(?:no|not|none|without|exempt|exempted|isnt|arent|doesnt|free of)\b/;
const FOREVER = /\b(?:never|always|guaranteed?|permanently|for good|forever|wont ever|will not ever)\b/;

const termsByCountry = new Map<string, readonly string[]>();
function countryTerms(country: Country): readonly string[] {
  let terms = termsByCountry.get(country.id);
  if (!terms) {
    terms = termsOf(country.names.join(' '));
    termsByCountry.set(country.id, terms);
  }
  return terms;
}

/** "Under what conditions…", "what would trigger…": what a rule allows, not what is in force. */
const ASKS_CONDITIONS = /\bunder what (?:\w+ ){0,2}(?:conditions|circumstances)\b|\bwhat (?:are the |would be the )?(?:conditions|triggers|circumstances) (?:for|that|under|would|to)\b|\bwhat (?:would|could) trigger\b/;

/** "What does it mean for us?", "the bottom line for a manufacturer like us": what applies to the asker. */
const MEANS_FOR = /\b(?:mean|means|meaning|implications?) for (?:us|our|my|me|a|an|importers?|manufacturers?|buyers?|companies|businesses)\b|\bbottom line\b/;

/** "hit", "affected": a coverage question that fears a cost, answered as a duty question. */
const FEARS_COST = /\b(?:hit|hits|affected|affect|affects|impacted|impact|caught|exposed|pay|paying)\b/;

/**
 * Whether a duty, quota, licence, product list or exclusion applies to an importer's goods, from
 * any country: composed from what is in force under Proclamation 11001 on `now`, the goods'
 * standing, and what could change it. Questions asking why tariffs were held off, or what happens
 * if talks fail, without naming goods or a country, are left to the facts that answer those.
 */
export const dutyStatus: Rule = {
  name: 'duty-status',
  answer(analysis, ctx, now) {
    const question = dutyQuestion(analysis);
    if (!question) return null;
    return dutyStatusAnswer(ctx.kb, question, dutyLinks(ctx.kb), now);
  },
};

function dutyQuestion(analysis: QuestionAnalysis): DutyQuestion | null {
  const { cues, aspects } = analysis;
  const words = analysis.words.join(' ');
  const minerals: Mineral[] = [];
  const products: Product[] = [];
  for (const { ref } of analysis.mentions) {
    if (ref.kind === 'mineral' && !minerals.includes(ref.entity)) minerals.push(ref.entity);
    if (ref.kind === 'product' && !products.includes(ref.entity)) products.push(ref.entity);
  }
  const goods = minerals.length + products.length > 0;
  const named = new Set(analysis.mentions.flatMap((m) => analysis.terms.slice(Math.max(m.start, 0), Math.max(m.end, 0)).map((t) => t.term)));
  for (const c of analysis.countries) for (const t of countryTerms(c)) named.add(t);
  const country = analysis.countries.length > 0;
  // "Do we have to report our imports?" is about this proclamation's paperwork only when it or its goods are named.
  // So is "do I need to file anything with Commerce?": an agency of this proclamation is named.
  const agencyNamed = analysis.mentions.some((m) => m.ref.kind === 'agency');
  const paperwork = cues.has('paperwork') && (analysis.namesProclamation || goods || agencyNamed || /\b(?:232|pcmdps?|critical minerals?)\b/.test(words));
  const particular = cues.has('hts') || cues.has('quota') || cues.has('licence') || cues.has('fta') || paperwork || (TRANSITION.test(words) && cues.has('duty')) || (cues.has('budget') && cues.has('duty'));
  const dutyish = cues.has('duty') || cues.has('restriction') || cues.has('budget') || particular;
  const future = ASKS_FUTURE.test(words) && !aspects.has('status');
  const specific = goods || country || cues.has('importer');
  const bareStatus = ASKS_STATUS.test(words) && residualShare(analysis, (t) => ABOUT_STATUS.has(t)) === 0;
  // "Is anything under the critical minerals 232 live right now?": whether any measure is in force.
  const inForce = cues.has('effective') && analysis.namesProclamation && (aspects.has('yes-no') || aspects.has('status'));
  const asksRate = cues.has('duty') && (ASKS_RATE.test(words) || /%/.test(analysis.text));
  // "Any new duties on critical minerals from the Jan 2026 procl?": whether there are any is a yes or no.
  const asksAny = cues.has('duty') && /\bany (?:new |extra |additional |actual )?(?:tariffs?|duties|duty)\b/.test(words);
  const applies =
    particular ||
    bareStatus ||
    inForce ||
    // "What's the tariff rate?" asks what is charged, which is the duty answer.
    (dutyish && (specific || aspects.has('yes-no') || aspects.has('status') || cues.has('effective') || asksRate || asksAny)) ||
    // "Exclusion process?" said alone is about this proclamation, the only one the bot covers.
    (cues.has('exclusion') && (specific || analysis.namesProclamation || (analysis.mentions.length === 0 && analysis.tradeActions.length === 0 && analysis.query.length <= 3))) ||
    (cues.has('cover') && (goods || country)) ||
    // "We import UF6: does anything change for us at the border?": what applies to the importer's goods now.
    // "What did 11001 actually change for importers day to day?": the same, asked of every importer.
    // The bot covers one action, so "what changes for importers?" asks about it whether or not it is named.
    (cues.has('importer') && /\b(?:anything|something|what|does (?:it|this|that)|did (?:it|this|that|11001|the proclamation)) (?:\w+ ){0,3}chang(?:e|es|ed|ing)\b/.test(words)) ||
    // "Manganese sulfate from South Africa?", "EV batteries from Japan?": goods and where they come from is the importer's whole question.
    (goods && country && !aspects.has('why') && !aspects.has('who')) ||
    // "What does Proclamation 11001 mean for a manufacturer like us that buys magnets?": what applies to the asker's goods.
    ((goods || cues.has('importer')) && MEANS_FOR.test(words) && !aspects.has('why')) ||
    // "Proc 11001 Mexico treatment", "is scrap treated differently?": how goods or a country's goods are treated is what they pay.
    ((country || goods) && TREATMENT.test(words)) ||
    // "Cobalt 232 status", "where do things stand for our lithium imports?": where the goods stand is whether a duty applies.
    // "Arsenic status on the list?" asks where it stands on the list.
    // "Lithium status" alone asks about the mineral, which its entry answers.
    (goods && ASKS_STATUS.test(words) && (analysis.namesProclamation || /\b(?:232|imports?|importing|shipments?)\b/.test(words)) && !aspects.has('why') && !/\b(?:list|lists|listed|listing)\b/.test(words));
  if (!applies) return null;
  // "Why didn't they slap tariffs on right away, like with steel?" asks for a reason; goods held up for comparison are not the asker's.
  if (aspects.has('why') && !cues.has('importer')) return null;
  // "What counts as a derivative product? Just magnets?": what a term covers, the goods only its examples.
  const asksTerm = analysis.mentions.some((m) => m.ref.kind === 'glossary' && m.ref.id !== 'critical-mineral') && cues.has('counts-as');
  // "What counts as a 'processed' mineral vs ore? We buy refined cobalt from the DRC": the term is asked, the goods come after it.
  const termAt = Math.min(...analysis.mentions.filter((m) => m.ref.kind === 'glossary' && m.ref.id !== 'critical-mineral').map((m) => m.start));
  const goodsAt = Math.min(...analysis.mentions.filter((m) => m.ref.kind === 'mineral' || m.ref.kind === 'product').map((m) => m.start));
  if (asksTerm && !cues.has('duty') && (!country || termAt < goodsAt)) return null;
  // "What's the exact name and number of the instrument to cite in our contract?" asks what it is called.
  if (!cues.has('duty') && !cues.has('hts') && !goods && /\b(?:name|number|title|citation|cite|reference|referenced|references)\b/.test(words)) return null;
  // "Which sources should we monitor for implementing measures?" asks what to watch, not what is in force.
  if ((cues.has('watch') || cues.has('advice')) && !goods && !country && !cues.has('duty') && !particular) return null;
  // "Project Vault: what is it, and does it change our cobalt pricing?" asks about the reserve;
  // planning words alone do not make a question about something beside the proclamation a duty one.
  const namesSeparate = analysis.mentions.some((m) => m.ref.kind === 'glossary' && m.ref.entity.separate);
  if (namesSeparate && !cues.has('duty') && !cues.has('restriction') && !particular) return null;
  // "What happens if talks fail?" is a fact's; "what's the exclusion process?" stays an importer's question.
  const how = aspects.has('how') && !particular && !cues.has('exclusion');
  // "Under what conditions may the President move beyond talks?" asks what the proclamation allows, which a fact tells.
  if (!goods && !country && ASKS_CONDITIONS.test(words)) return null;
  // "If duties come, when would they start?" is the importer's start-date question, asked ahead.
  const startsWhen = (cues.has('effective') && (aspects.has('when') || aspects.has('yes-no'))) || (cues.has('duty') && aspects.has('when'));
  // "If a deal is signed but not kept, can the US still tariff?" asks what a rule allows.
  const conditional = /\bif\b.*\b(?:deal|deals|agreements?|talks|negotiations?)\b/.test(words) && !particular && !cues.has('importer');
  if (!goods && !country && (aspects.has('why') || how || conditional || (aspects.has('define') && !asksRate) || (future && !cues.has('importer') && !startsWhen && !particular))) return null;
  // "govwatch says it adjusts tariffs", "why no tariffs, the China truce?": a question that asks
  // about something particular beyond duties is a fact's, when one answers it with confidence.
  if (!bareStatus && residualShare(analysis, (t) => ABOUT_DUTIES.has(t) || named.has(t)) > 0.35) {
    const best = analysis.ranked[0];
    if (isConfident(best) && best.coverage >= 0.6) return null;
  }
  const asks = new Set<DutyQuestion['asks'] extends ReadonlySet<infer T> ? T : never>();
  if (asksRate) asks.add('rate');
  if (cues.has('hts')) asks.add('hts');
  if (cues.has('licence')) asks.add('licence');
  if (cues.has('quota')) asks.add('quota');
  if (cues.has('exclusion')) asks.add('exclusion');
  if (cues.has('budget')) asks.add('budget');
  if (cues.has('fta')) asks.add('fta');
  if (/\bprice floors?\b/.test(words)) asks.add('price-floor');
  else if (/\b(?:minimum import prices?|min(?:imum)? prices?)\b/.test(words)) asks.add('minimum-price');
  if (paperwork) asks.add(ORIGIN.test(words) && !/\b(?:marking|certificates?|declarations?)\b/.test(words) ? 'origin' : 'paperwork');
  if (TRANSITION.test(words)) asks.add('transition');
  if (cues.has('which-kind')) asks.add('which-kind');
  if (/\b(?:in force|in effect|in place|live|yet|enforced|active)\b/.test(words)) asks.add('in-force');
  if (cues.has('effective') || aspects.has('when')) asks.add('start');
  if (asks.has('start') && /\b(?:before|earlier|earliest|sooner|soonest|ahead of|early)\b/.test(words)) asks.add('early');
  if (future) asks.add('future');
  if (cues.has('cover') && !dutyish && !FEARS_COST.test(words)) asks.add('coverage');
  const claim = claimOf(analysis, words);
  const agencies = analysis.mentions.flatMap((m) => (m.ref.kind === 'agency' ? [m.ref.entity] : []));
  return { minerals, products, countries: analysis.countries, agencies, tradeActions: analysis.tradeActions, asks, yesNo: aspects.has('yes-no') && !bareStatus, rank: analysis.ranked.map((r) => r.id), ...(claim ? { claim } : {}) };
}

/**
 * "Sales told a customer the nickel tariff goes up in July. True?": a claim put up for checking.
 * One that a duty applies or is coming is not accurate today; one that none applies is right;
 * one that none ever will is more than the sources can promise.
 */
function claimOf(analysis: QuestionAnalysis, words: string): DutyQuestion['claim'] {
  // "So the tariffs started in July, right?" states a claim and asks for a check in one breath.
  const tagged = CHECK_TAG.test(words);
  if (!(analysis.cues.has('claim') || tagged) || !(CHECKS.test(words) || analysis.aspects.has('yes-no'))) return undefined;
  if (FOREVER.test(words)) return 'unsure';
  return DENIES.test(words) ? 'true' : 'false';
}
