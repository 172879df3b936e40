/**
 * Facts the overview commands quote. Fact ids are stable by the knowledge rules; a test checks
 * that each one exists in the shipped knowledge, and an overview simply leaves out a missing one.
 */
export const FEATURED = {
  /** Minerals overview. */
  listCount: 'critical-minerals-list-count',
  listScope: 'proclamation-scope-and-2025-list',
  importReliance: 'net-import-reliance-figures',
  magnets: 'rare-earth-magnets-derivative',
  /** Agencies overview. */
  agencyRoles: 'agency-roles-overview',
  /** Timeline command. */
  timeline: 'timeline-overview',
  /** Deadline command. */
  windowEnd: 'window-end-date',
  afterWindow: 'after-the-deadline-unknown',
  /** Duty and applicability answers: what applies now, to which countries, and what could change it. */
  noTariffNow: 'no-tariff-now',
  anyCountry: 'negotiation-aims',
  namedMinerals: 'minerals-named-in-proclamation',
  remedies: 'remedies-after-window',
  statutoryBasis: 'statutory-basis-180-days',
  notOnList: 'materials-not-on-list',
  ftaPartners: 'fta-partners-not-addressed',
  /** Watch-list answers. */
  whatToWatch: 'what-to-watch',
  /** Outcome answers: the agreements on record from before the proclamation. */
  earlierSteps: 'supporting-steps-fact-sheet',
} as const;

/**
 * What /ask offers before anything is typed: the questions people ask first, in this order.
 * Each is answered by the engine itself (the top fact's own first phrasing is shown), so the list
 * follows the knowledge rather than naming fact ids.
 */
export const STARTER_QUESTIONS = [
  'when is the deadline',
  'is there a tariff now',
  'who negotiates',
  'what happens if talks fail',
  'what is the proclamation about',
  'which minerals are covered',
  'what happened after the proclamation',
  'how import dependent is the us',
] as const;
