import { daysBetween, formatDate, formatDateWithWeekday, isoDateOf } from '../../knowledge/dates.js';
import type { KnowledgeBase, LoadedEvent, LoadedFact } from '../../knowledge/model.js';
import type { Agency, Mineral, Product, SourceRef } from '../../knowledge/schema.js';
import type { Answer, FactLink } from '../answer.js';
import { citeSources } from '../cite.js';
import { windowEnd } from '../deadline-clock.js';
import { FEATURED } from '../featured.js';
import type { Country } from '../lexicon/countries.js';
import type { TradeAction } from '../lexicon/trade-actions.js';
import { firstSentence, leadingSentences } from '../text/clip.js';
import { baseAnswer } from './base.js';
import { eventSentence, isOpen } from './event-date.js';
import { link } from './fact.js';
import { tensed } from './in-tense.js';

/** What an importer's question is about, as the analysis found it. */
export interface DutyQuestion {
  minerals: readonly Mineral[];
  products: readonly Product[];
  countries: readonly Country[];
  /** An agency the question names ("will CBP collect anything?"): its part under the proclamation is said too. */
  agencies: readonly Agency[];
  tradeActions: readonly TradeAction[];
  /** The particular thing asked about, beyond "is there a duty". */
  asks: ReadonlySet<'hts' | 'licence' | 'exclusion' | 'budget' | 'start' | 'early' | 'coverage' | 'future' | 'fta' | 'minimum-price' | 'price-floor' | 'paperwork' | 'origin' | 'transition' | 'in-force' | 'quota' | 'rate' | 'which-kind'>;
  /** Whether to open with a verdict ("No."). */
  yesNo: boolean;
  /**
   * A claim someone made, to be checked: that a duty applies or is rising ("false" today), that
   * none applies ("true"), or that none ever will ("unsure": nothing in the sources promises that).
   */
  claim?: 'false' | 'true' | 'unsure';
  /** Fact ids as the question ranks them, to pick the fact that says most about a named country. */
  rank: readonly string[];
}

interface Part {
  text: string;
  refs: readonly SourceRef[];
  fact?: LoadedFact;
}

/** Sentences of a knowledge text, without splitting "U.S." or "Feb." (see firstSentence). */
function sentences(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest !== '') {
    const first = firstSentence(rest, rest.length);
    out.push(first);
    rest = rest.slice(first.length).trim();
  }
  return out;
}

/**
 * What the knowledge says about one country, as one sentence of the best-ranking fact that names it
 * ("On Mexico: USTR unveiled an action plan…"), or null when no fact does.
 */
export function countryNote(kb: KnowledgeBase, country: Country, rank: readonly string[], now: Date): { text: string; fact: LoadedFact } | null {
  // The country itself, not its adjective: "Indian Chemical News" says nothing about India.
  const names = country.names.filter((n) => n === country.name.toLowerCase() || !/(?:an|ese|ish)$/i.test(n));
  if (names.length === 0) return null;
  const named = new RegExp(`\\b(?:${names.join('|')})\\b`, 'i');
  const ranked = [...rank.map((id) => kb.factById.get(id)).filter((f) => f !== undefined), ...kb.facts];
  // A fact about the country ("Mexico, EU and Japan action plans") says more than one that names it in passing.
  const about = ranked.filter((f) => named.test(f.title) || f.tags.some((t) => named.test(t)));
  const ordered = new Set([...about, ...ranked]);
  for (const fact of ordered) {
    if (!named.test(fact.answer)) continue;
    const sentence = sentences(tensed(kb, fact.answer, now)).find((x) => named.test(x));
    if (sentence) return { text: `On ${country.name}: ${sentence}`, fact };
  }
  return null;
}

/** What a named agency has to do with it: the fact about that agency the question ranks first, or else its part. */
function agencyNote(kb: KnowledgeBase, agency: Agency, rank: readonly string[], now: Date): Part {
  const names = [agency.name, ...agency.aliases];
  const fact = rank.map((id) => kb.factById.get(id)).find((f) => f !== undefined && names.some((n) => f.title.includes(n)));
  if (fact) return { text: `On ${agency.name}: ${leadingSentences(tensed(kb, fact.answer, now), 400)}`, refs: fact.sources, fact };
  return { text: `On ${agency.name}: ${firstSentence(agency.role, 400)}`, refs: agency.sources };
}

const lower = (name: string) => (/^[A-Z][a-z]+$/.test(name) ? name.toLowerCase() : name);
const joined = (names: readonly string[], word: string) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${word} ${names[names.length - 1]}`);
/** "Cobalt or nickel from Canada or Australia": any one of the goods asked about. */
const list = (names: readonly string[]) => joined(names, 'or');
/** "Canada and Australia included": all of them. */
const both = (names: readonly string[]) => joined(names, 'and');

function mineralStatus(m: Mineral): string {
  if (!m.listed) return `${m.name} is not on the final 2025 USGS List of Critical Minerals, the list the investigation worked from.`;
  if (m.namedInProclamation) return `${m.name} is on the final 2025 USGS List of Critical Minerals and is one of the minerals named in the proclamation as examples.`;
  return `${m.name} is on the final 2025 USGS List of Critical Minerals; the proclamation does not name it, but the minerals it names are examples, not a product list.`;
}

/** Notes that only repeat what the status and the 2025-list caveat say, or that say nothing more. */
const NOTHING_MORE = /do not say whether the proclamation's scope follows|say nothing else about it/;

/** "Is uranium in scope?": where it stands, and a note that bears on whether it is covered ("EO 14272 already counted uranium"). */
function withNote(m: Mineral): string {
  return m.note && !NOTHING_MORE.test(m.note) ? `${mineralStatus(m)} ${m.note}` : mineralStatus(m);
}

/** The latest development the knowledge records by `now`: the newest reported event of developments.yaml, if any yet. */
export function latestDevelopment(kb: KnowledgeBase, now: Date): LoadedEvent | null {
  const today = isoDateOf(now);
  const after = kb.events.filter((e) => !e.derived && e.timeline && e.date <= today && e.topic === 'developments');
  return after.sort((a, b) => b.date.localeCompare(a.date))[0] ?? null;
}

/**
 * Whether a duty applies to an importer's goods, composed from what the knowledge holds: what is in
 * force under Proclamation 11001 on `now` (its no-tariff fact), where the goods stand in the list and
 * the definitions, that any country's imports are covered, what could change that and when, the
 * latest development on record, and a plain note that this is information, not legal advice. Null
 * when the knowledge lacks the fact that says what is in force: nothing else may stand in for it.
 */
export function dutyStatusAnswer(kb: KnowledgeBase, q: DutyQuestion, related: FactLink[], now: Date): Answer | null {
  const inForce = kb.factById.get(FEATURED.noTariffNow);
  if (!inForce) return null;
  const fact = (id: string) => kb.factById.get(id);
  const parts: Part[] = [];
  const today = formatDate(isoDateOf(now));
  const items = [...q.products.map((p) => p.name), ...q.minerals.map((m) => lower(m.name))].slice(0, 3);
  const countries = q.countries.slice(0, 3);
  const goods = items.length > 0 ? list(items) : 'processed critical minerals or their derivative products';
  const from = countries.length > 0 ? ` from ${list(countries.map((c) => c.name))}` : '';

  const scope = fact(FEATURED.listScope);
  const end = windowEnd(kb);
  const status: Part[] = [
    ...q.products.slice(0, 2).map((p) => ({ text: p.note, refs: p.sources })),
    ...q.minerals.slice(0, 2).map((m) => ({ text: q.asks.has('coverage') ? withNote(m) : mineralStatus(m), refs: m.sources })),
  ];
  // A mineral new to the 2025 list is in scope only if the proclamation follows that list, which no source says.
  // One the proclamation names is in its subject whichever list it follows.
  const onlyIfNewList = (m: Mineral) => m.added2025 && !m.namedInProclamation;
  if (scope && q.minerals.slice(0, 2).some(onlyIfNewList)) {
    status.push({ text: 'It joined the list only in 2025: Commerce tied the investigation to the 2022 list and any subsequent list, and the sources do not say whether the proclamation follows the 2025 list.', refs: scope.sources });
  }
  const price = q.asks.has('price-floor') ? 'price floor (minimum import price)' : q.asks.has('minimum-price') ? 'minimum import price' : '';
  const quota = q.asks.has('quota');
  const alsoNamed = [price, q.asks.has('licence') ? 'licence requirement' : '', quota ? 'quota' : ''].filter(Boolean);
  // What was asked about comes first: "no minimum import price, tariff, quota or other import restriction".
  const restrictions = `no ${[...alsoNamed, 'tariff'].join(', ')}${quota ? '' : ', quota'} or other import restriction`;
  // "Are they in force yet?" is answered in its own words.
  const inEffect = q.asks.has('in-force') || q.asks.has('future') ? ', and none is in force' : '';
  const measure = `as of ${today}, Proclamation 11001 imposes ${restrictions} on ${goods}${from}${inEffect}; the President chose negotiations instead.`;
  if (q.asks.has('coverage') && status.length > 0) {
    const placed = q.products.filter((p) => p.kind !== 'unaddressed');
    const inScope = placed.length > 0 || q.minerals.some((m) => m.listed);
    // "Copper joined the list in 2025: does 11001 cover it?": only if the proclamation follows the 2025 list, which no source says.
    // "Is black mass covered?": the sources do not say whether the definitions reach scrap.
    const unclear = placed.length === 0 && (q.products.length > 0 || q.minerals.filter((m) => m.listed).every(onlyIfNewList));
    const verdict = unclear ? 'Unclear. ' : !inScope ? 'Not as a critical mineral. ' : 'Yes, within its subject. ';
    // "Is lithium hydroxide a processed critical mineral or a derivative product?" is answered with the one it is.
    const kind = placed[0]?.kind;
    const which = q.asks.has('which-kind') && kind ? (kind === 'processed' ? 'A processed critical mineral. ' : 'A derivative product. ') : undefined;
    parts.push({ text: `${which ?? (q.yesNo ? verdict : '')}${status.map((s) => s.text).join(' ')}`, refs: status.flatMap((s) => s.refs) });
    parts.push({ text: `${unclear ? 'Covered or not, it costs nothing today' : 'But being covered costs nothing today'}: ${measure}`, refs: inForce.sources, fact: inForce });
  } else {
    // After the window closed the sources go quiet, so a claim of new duties is unsupported rather than refuted.
    const verdict = q.claim === 'false' && end && !isOpen(end, now) ? UNSUPPORTED : q.claim ? CLAIM_VERDICT[q.claim] : '';
    const opening = verdict || (q.asks.has('exclusion') ? 'There is nothing to be exempted from: ' : q.yesNo && !q.asks.has('future') ? 'No. ' : '');
    parts.push({ text: `${opening}${opening === '' || opening.endsWith('. ') ? measure.charAt(0).toUpperCase() + measure.slice(1) : measure}`, refs: inForce.sources, fact: inForce });
    if (status.length > 0) parts.push({ text: status.map((s) => s.text).join(' '), refs: status.flatMap((s) => s.refs) });
  }

  for (const agency of q.agencies.slice(0, 1)) parts.push(agencyNote(kb, agency, q.rank, now));
  const named = fact(FEATURED.namedMinerals);
  if (q.asks.has('hts')) parts.push({ text: 'It has no annex or list of HTS codes or covered products: the minerals it names are examples, not a product list.', refs: [...(named?.sources ?? []), ...inForce.sources], ...(named ? { fact: named } : {}) });
  if (q.asks.has('licence')) parts.push({ text: 'Nor does it set up a licence or permit requirement; none is described in the sources.', refs: inForce.sources });
  if (q.asks.has('exclusion')) parts.push({ text: 'With nothing imposed there is no exclusion or exemption process, and no country is singled out.', refs: inForce.sources });
  if (q.asks.has('start')) parts.push({ text: 'No duty under it has a start date.', refs: inForce.sources });
  const options = fact(FEATURED.remedies);
  if (q.asks.has('rate') && options) parts.push({ text: 'So there is no rate to apply or assume: no source attaches a rate to any later tariff either.', refs: options.sources, fact: options });
  // "Did it set minimum import prices?", "will price floors raise our costs?": what the proclamation says of them.
  const later = fact('minimum-import-prices-later-remedy');
  const floors = fact('price-floors-in-talks');
  if (q.asks.has('minimum-price') && later) parts.push({ text: 'It sets no minimum import price either: the President named such prices only as a remedy he may consider later, depending on how the talks go.', refs: later.sources, fact: later });
  if (q.asks.has('price-floor') && floors) parts.push({ text: 'Price floors are not in force either: they are a topic for the negotiations with trading partners, not prices the proclamation sets.', refs: floors.sources, fact: floors });
  // "Could duties start before July?": the window is when failed talks trigger action, not a wait.
  const trigger = fact('window-is-trigger-not-bar');
  if (q.asks.has('early') && trigger) parts.push({ text: tensed(kb, trigger.answer, now), refs: trigger.sources, fact: trigger });
  const monitoring = fact('commerce-monitoring-duty');
  if (q.asks.has('paperwork')) {
    parts.push({
      text: 'It puts no filing, declaration, reporting, marking or certificate requirement on importers either; the sources describe none. Monitoring imports is a job it gives the Secretary of Commerce, not importers.',
      refs: [...inForce.sources, ...(monitoring?.sources ?? [])],
      ...(monitoring ? { fact: monitoring } : {}),
    });
  }
  if (q.asks.has('origin')) parts.push({ text: 'With no duty there is no origin rule or de minimis threshold to apply: the question of which country counts would arise only with a measure that names one.', refs: inForce.sources });
  if (q.asks.has('transition')) parts.push({ text: 'It does not address how a later duty would treat existing contracts or goods already shipped: the sources give no transition, grandfathering or retroactivity rule, because no duty has been set. Any such terms would come with the action that imposes one.', refs: inForce.sources });
  const fta = fact(FEATURED.ftaPartners);
  if (q.asks.has('fta') && fta) parts.push({ text: tensed(kb, fta.answer, now), refs: fta.sources, fact: fta });
  if (q.asks.has('budget')) parts.push({ text: 'Nothing is payable under it today; whether to budget for a possible later duty is a business decision.', refs: inForce.sources });

  const aims = fact(FEATURED.anyCountry);
  if (countries.length > 0 && aims) {
    const notes = countries.map((c) => ({ country: c, note: countryNote(kb, c, q.rank.filter((id) => id !== aims.id), now) }));
    const unnamed = notes.filter((n) => !n.note).map((n) => n.country.name);
    const one = countries.length === 1;
    const notNamed = unnamed.length > 0 ? ` The sources do not otherwise name ${both(unnamed)}.` : '';
    parts.push({ text: `No exemption from the proclamation is reported for ${one ? 'it' : 'any of them'}: the negotiations concern imports from any country, ${both(countries.map((c) => c.name))} included.${notNamed}`, refs: aims.sources, fact: aims });
    const told = new Set<string>();
    for (const { note } of notes.slice(0, 2)) {
      if (!note || told.has(note.fact.id)) continue;
      told.add(note.fact.id);
      parts.push({ text: note.text, refs: note.fact.sources, fact: note.fact });
    }
  }

  const remedies = fact(FEATURED.remedies);
  const basis = fact(FEATURED.statutoryBasis);
  if (end && remedies) {
    const left = daysBetween(isoDateOf(now), end.date);
    const window =
      left >= 0
        ? `if agreements are not reached within the 180-day window, which closes on ${formatDateWithWeekday(end.date)} (${left === 0 ? 'today' : `in ${left} day${left === 1 ? '' : 's'}`})`
        : `now that the 180-day window for agreements has closed (on ${formatDateWithWeekday(end.date)}, ${-left} day${left === -1 ? '' : 's'} ago); no outcome has been reported since, and the sources do not record one`;
    parts.push({
      text: `What could change it: the President may take further action, such as tariffs, quotas or minimum import prices, ${window}. Such action is not automatic: it would have to be announced and published in the Federal Register.`,
      refs: [...remedies.sources, ...(basis?.sources ?? []), ...end.sources],
      fact: remedies,
    });
  }

  const latest = latestDevelopment(kb, now);
  const after = fact(FEATURED.afterWindow);
  if (latest) parts.push({ text: `Latest on record: ${eventSentence(latest, now)} ${firstSentence(tensed(kb, latest.description, now), 240)}`, refs: latest.sources, ...(after ? { fact: after } : {}) });

  const others = q.tradeActions.length > 0 ? ` (such as ${list(q.tradeActions.map((a) => a.name))})` : ', such as other Section 232 actions or IEEPA tariffs,';
  parts.push({ text: `This is information from public sources, not legal advice. Other trade actions${others} are outside what I cover and may apply separately.`, refs: [] });

  const used = [...new Set(parts.flatMap((p) => (p.fact ? [p.fact] : [])))];
  const subject = items.length > 0 ? `${items.map((i) => i.charAt(0).toUpperCase() + i.slice(1)).join(', ')}${from}` : `Imports${from}`;
  return {
    ...baseAnswer('composed', `${subject} under Proclamation 11001`, parts.map((p) => p.text).join('\n\n')),
    factIds: used.map((f) => f.id),
    sources: citeSources(kb, parts.flatMap((p) => p.refs), 4),
    related: related.filter((r) => !used.some((f) => f.id === r.id)).slice(0, 4),
    dates: end ? [{ label: end.title, date: end.date }] : [],
  };
}

const UNSUPPORTED = 'That is not accurate as far as the sources go: nothing in the sources supports it, no later measure has been reported, and ';
/** How a checked claim is answered before what is in force today. */
const CLAIM_VERDICT = {
  false: 'That is not accurate: ',
  true: 'That is right: ',
  unsure: 'You cannot rely on that from the sources: nothing in them exempts any supplier or country from later action. Today, ',
} as const;

export const dutyLinks = (kb: KnowledgeBase): FactLink[] =>
  [FEATURED.windowEnd, FEATURED.afterWindow].map((id) => kb.factById.get(id)).filter((f): f is LoadedFact => f !== undefined).map(link);
