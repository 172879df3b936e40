import { addDays } from '../../src/knowledge/dates.js';
import type { KnowledgeBase, LoadedEvent, LoadedFact } from '../../src/knowledge/model.js';
import type { Agency, GlossaryTerm, Mineral, Product, Source } from '../../src/knowledge/schema.js';

/** A small hand-built knowledge base: enough facts and entities to exercise every engine path. */
const sources: Source[] = [
  { id: 'S0', title: 'Fact dossier', publisher: 'proclamation-bot team', kind: 'research-dossier', excluded: false },
  { id: 'S1', title: 'Trump moves to curb critical minerals imports', publisher: 'Indian Chemical News', date: '2026-01-20', url: 'https://example.com/icn', kind: 'news-article', excluded: false },
  { id: 'S2', title: 'Proclamation 11001', publisher: 'Federal Register', date: '2026-01-20', url: 'https://example.com/fr', kind: 'federal-register', excluded: false },
  { id: 'S21', title: 'Rewritten copy', publisher: 'Spam site', kind: 'aggregator', excluded: true, note: 'AI-rewritten' },
];

const fact = (f: Omit<LoadedFact, 'topic' | 'related' | 'confidence'> & Partial<Pick<LoadedFact, 'related' | 'confidence' | 'topic'>>): LoadedFact => ({
  topic: 'test',
  related: [],
  confidence: 'primary',
  ...f,
});

const facts: LoadedFact[] = [
  fact({
    id: 'window-end-date',
    title: 'When the 180-day negotiation window ends',
    answer: 'The 180 days run from the signing on January 14, 2026, so the window ends on Monday, July 13, 2026.',
    questions: ['When is the deadline?', 'when does the 180-day window close', 'how many days are left', 'has the deadline passed yet'],
    tags: ['deadline', 'window'],
    sources: [{ id: 'S2', locator: 'clause (1)' }, { id: 'S0', locator: '§3 item 1' }, { id: 'S0', locator: '§2 E2' }],
    related: ['no-tariff-yet'],
  }),
  fact({
    id: 'no-tariff-yet',
    title: 'No tariff applies now',
    answer: 'The proclamation imposed no tariff, quota or other import restriction; it chose negotiations instead.',
    questions: ['Is there a tariff now?', 'did the proclamation impose duties', 'do importers pay anything extra today'],
    tags: ['tariff', 'no-tariff'],
    sources: [{ id: 'S2', locator: 'para. 14' }],
  }),
  fact({
    id: 'who-leads-negotiations',
    title: 'Commerce and USTR lead the negotiations',
    answer: 'The Secretary of Commerce and the U.S. Trade Representative negotiate jointly with trading partners.',
    questions: ['Who leads the talks?', 'who negotiates with other countries', 'which officials run the negotiations'],
    tags: ['negotiations', 'ustr', 'commerce'],
    sources: [{ id: 'S1', locator: '¶9' }],
    confidence: 'secondary',
  }),
  fact({
    id: 'rare-earth-magnets',
    title: 'Rare earth permanent magnets',
    answer: 'Rare earth permanent magnets are singled out as a derivative product that nearly every vehicle and electronic device needs.',
    questions: ['What about rare earth magnets?', 'why are permanent magnets mentioned', 'are magnets covered'],
    tags: ['magnets', 'rare-earths'],
    sources: [{ id: 'S1', locator: '¶3' }],
  }),
  fact({
    id: 'pentagon-role',
    title: 'The Department of War and the proclamation',
    answer: 'According to the ICN article, military supply chains rely on a single foreign country for several minerals.',
    questions: ['What has the Pentagon got to do with it?', 'does the military depend on one country', 'why is the department of war mentioned'],
    tags: ['pentagon', 'department-of-war'],
    sources: [{ id: 'S1', locator: '¶5' }],
    confidence: 'article-only',
  }),
  fact({
    id: 'executive-order-origin',
    title: 'Executive Order 14272 started the investigation',
    answer: 'EO 14272 of April 15, 2025 ordered the Section 232 investigation, published in the Federal Register on April 18, 2025.',
    questions: ['What started all this?', 'which EO launched the probe', 'when was the investigation ordered'],
    tags: ['eo-14272', 'history'],
    sources: [{ id: 'S2', locator: 'para. 1' }],
  }),
];

const minerals: Mineral[] = [
  { id: 'copper', name: 'Copper', symbol: 'Cu', aliases: [], listed: true, added2025: true, namedInProclamation: false, namedUnconfirmed: false, rareEarth: false, platinumGroup: false, sources: [{ id: 'S0', locator: '§2 O4' }] },
  { id: 'gallium', name: 'Gallium', symbol: 'Ga', aliases: [], listed: true, added2025: false, namedInProclamation: true, namedUnconfirmed: false, rareEarth: false, platinumGroup: false, sources: [{ id: 'S0', locator: '§2 O3' }] },
  { id: 'terbium', name: 'Terbium', symbol: 'Tb', aliases: [], listed: true, added2025: false, namedInProclamation: true, namedUnconfirmed: false, rareEarth: true, platinumGroup: false, sources: [{ id: 'S0', locator: '§2 O3' }] },
  { id: 'lead', name: 'Lead', symbol: 'Pb', aliases: [], listed: true, added2025: true, namedInProclamation: false, namedUnconfirmed: false, rareEarth: false, platinumGroup: false, sources: [{ id: 'S0', locator: '§2 O4' }] },
  { id: 'gold', name: 'Gold', symbol: 'Au', aliases: [], listed: false, added2025: false, namedInProclamation: false, namedUnconfirmed: false, rareEarth: false, platinumGroup: false, note: 'Not on the final 2025 list.', sources: [{ id: 'S0', locator: '§2 O3' }] },
];

const agencies: Agency[] = [
  { id: 'commerce', name: 'Department of Commerce', kind: 'agency', aliases: ['Commerce', 'DOC'], role: 'Ran the investigation and co-leads the talks.', sources: [{ id: 'S2', locator: 'para. 1' }], confidence: 'primary' },
  { id: 'bis', name: 'Bureau of Industry and Security', kind: 'agency', parent: 'commerce', aliases: ['BIS'], role: 'Carries out Section 232 investigations for Commerce.', sources: [{ id: 'S0', locator: '§2 G1' }], confidence: 'primary' },
  { id: 'ustr', name: 'Office of the U.S. Trade Representative', kind: 'office', aliases: ['USTR', 'Trade Representative'], role: 'Co-leads the negotiations with Commerce.', sources: [{ id: 'S1', locator: '¶9' }, { id: 'S0', locator: '§2 G2' }], confidence: 'secondary' },
  { id: 'department-of-war', name: 'Department of War', kind: 'agency', aliases: ['Pentagon', 'Department of Defense', 'DoD'], role: 'According to the ICN article, its supply chains depend on single foreign suppliers.', sources: [{ id: 'S1', locator: '¶5' }], confidence: 'article-only' },
];

const glossary: GlossaryTerm[] = [
  { id: 'pcmdp', term: 'PCMDPs', combines: [], separate: false, aliases: ['PCMDP', 'processed critical minerals and their derivative products'], definition: 'Short for processed critical minerals and their derivative products.', sources: [{ id: 'S2', locator: 'title' }], confidence: 'primary' },
  { id: 'section-232', term: 'Section 232', combines: [], separate: false, aliases: ['232', 'Trade Expansion Act'], definition: 'The 1962 law letting the President adjust imports that threaten to impair national security.', sources: [{ id: 'S0', locator: '§2 A4' }], confidence: 'primary' },
];

const products: Product[] = [
  { id: 'ndfeb-magnets', name: 'Rare earth permanent magnets', aliases: ['NdFeB magnets', 'neo magnets'], kind: 'derivative', minerals: ['terbium'], note: 'A derivative product the proclamation singles out.', sources: [{ id: 'S1', locator: '¶3' }], confidence: 'primary' },
];

const signed = '2026-01-14';
const events: LoadedEvent[] = [
  { id: 'proclamation-signed', title: 'Proclamation signed', description: 'The President signs Proclamation 11001.', date: signed, timeline: true, derived: false, topic: 'history', aliases: ['signed', 'signing'], past: 'Proclamation 11001 was signed', sources: [{ id: 'S2', locator: 'heading' }], confidence: 'primary' },
  { id: 'fr-published', title: 'Published in the Federal Register', description: 'Published at 91 FR 2439.', date: '2026-01-20', timeline: true, derived: false, topic: 'history', aliases: ['published', 'federal register'], sources: [{ id: 'S2', locator: 'heading' }], confidence: 'primary' },
  { id: 'negotiation-window-end', title: 'Negotiation window ends', description: 'The 180 days after signing run out.', date: addDays(signed, 180), offset: { from: 'proclamation-signed', days: 180 }, timeline: true, derived: true, topic: 'deadlines', aliases: ['deadline', 'window', 'window end', 'window close'], explainedBy: 'window-end-date', past: 'The 180-day negotiation window closed', upcoming: 'The 180-day negotiation window closes', closes: 'the 180-day negotiation window', sources: [{ id: 'S0', locator: '§3 item 1' }], confidence: 'primary' },
];

export function fixtureKb(): KnowledgeBase {
  return {
    facts,
    sources,
    agencies,
    minerals,
    glossary,
    products,
    events,
    coverage: null,
    factById: new Map(facts.map((f) => [f.id, f])),
    sourceById: new Map(sources.map((s) => [s.id, s])),
    eventById: new Map(events.map((e) => [e.id, e])),
    version: { hash: 'fixture00000', newestSourceDate: '2026-01-20' },
  };
}
