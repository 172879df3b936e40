import { z } from 'zod';
import { isValidIsoDate } from './dates.js';

/** Every human-edited entry is keyed by a stable kebab-case id that buttons and links rely on. */
export const KebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)');

export const IsoDate = z
  .string()
  .refine(isValidIsoDate, 'must be a calendar date written YYYY-MM-DD');

/**
 * Sources keep the dossier's ids (S1, S2, …; S0 is the dossier itself) so maintainers can trace a
 * claim there; readers see names and locators, never these ids.
 */
export const SourceId = z.string().regex(/^S\d+$/, 'must look like S1, S2, …');

const NonEmpty = z.string().trim().min(1, 'must not be empty');

export const SourceKind = z.enum([
  'research-dossier',
  'news-article',
  /** The text of an act itself as its issuer publishes it (the White House page of a proclamation). */
  'official-text',
  'official',
  'federal-register',
  'statute-regulation',
  'law-firm',
  'wire',
  'trade-press',
  'data-index',
  'aggregator',
  'industry',
]);

export type SourceKindName = z.infer<typeof SourceKind>;

/** Where a source's locators point into another document it reports reading (a data index of the FR text). */
export const LocatesSchema = z.strictObject({
  source: SourceId,
  /** Only locators containing this text point there; without it, every locator not claimed earlier. */
  when: NonEmpty.optional(),
});

export const SourceSchema = z.strictObject({
  id: SourceId,
  title: NonEmpty,
  publisher: NonEmpty,
  /** What readers see it called ("Federal Register: Proclamation 11001", "Thompson Hine client alert"). */
  name: NonEmpty.max(70).optional(),
  /** As precise as the source allows: a year, a month or a day. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** The host of the copy `url` opens when it is not the publisher's own page ("pubt.io"). */
  mirror: NonEmpty.optional(),
  kind: SourceKind,
  /** Team research notes: cited in the knowledge for traceability, never shown to a reader. */
  researchNote: z.boolean().optional(),
  /** The proclamation's official document: linked on every answer that rests on it. */
  subject: z.boolean().optional(),
  /** Not opened directly: every locator in it was found through this index, and answers say so. */
  locatedVia: SourceId.optional(),
  /** For a secondary index: the documents its locators point into, tried in order. */
  locates: z.array(LocatesSchema).optional(),
  /** Excluded sources stay listed for transparency but no entry may cite them. */
  excluded: z.boolean().default(false),
  note: z.string().optional(),
});

export const SourceRefSchema = z.strictObject({
  id: SourceId,
  /** Where in the source: "¶4", "clause 1", "§3 D1", "705.11(b)". */
  locator: NonEmpty,
});

export const Confidence = z.enum(['primary', 'secondary', 'article-only']);

const Sources = z.array(SourceRefSchema).min(1, 'must cite at least one source');
const Aliases = z.array(NonEmpty).default([]);

export const FactSchema = z.strictObject({
  id: KebabId,
  title: NonEmpty.max(100),
  /**
   * One to four sentences that stand alone. May contain placeholders resolved at load time from
   * the events: {date:EVENT}, {weekday:EVENT} and {days:FROM..TO}, so derived dates are never typed.
   */
  answer: NonEmpty.max(700),
  questions: z.array(NonEmpty).min(3, 'needs at least three phrasings'),
  tags: z.array(NonEmpty).min(1, 'needs at least one tag'),
  sources: Sources,
  confidence: Confidence,
  related: z.array(KebabId).default([]),
  /** The event whose aftermath this fact tells ("what happened after the deadline"): before that day it is no answer yet. */
  after: KebabId.optional(),
});

export const AgencySchema = z.strictObject({
  id: KebabId,
  name: NonEmpty,
  kind: z.enum(['agency', 'official', 'office']),
  /** Another agency this one belongs to (CBP → DHS, BIS → Commerce). */
  parent: KebabId.optional(),
  aliases: Aliases,
  /** For an official: the office held ("Secretary of Commerce"), so "who is the Commerce Secretary" finds the name. */
  office: NonEmpty.optional(),
  role: NonEmpty.max(700),
  /**
   * Whether Proclamation 11001, or the Section 232 process it completes, gives it a part: "is Greer
   * involved?" is a yes, "is DHS?" rests on one article, "is the Pentagon?" is a no. Without it, no
   * verdict is given.
   */
  part: z.enum(['assigned', 'unconfirmed', 'none']).optional(),
  /**
   * What it does in this action, a few words each ("co-leads the negotiations"), told by its role
   * and its sources: "is DHS in charge of the talks?" is answered No, naming whoever has the task.
   */
  tasks: z.array(NonEmpty.max(100)).max(12).optional(),
  sources: Sources,
  confidence: Confidence,
});

export const MineralSchema = z.strictObject({
  id: KebabId,
  name: NonEmpty,
  symbol: z.string().regex(/^[A-Z][a-z]?$/, 'must be a chemical symbol such as Cu').optional(),
  aliases: Aliases,
  /** On the final 2025 USGS List of Critical Minerals. */
  listed: z.boolean(),
  added2025: z.boolean().default(false),
  namedInProclamation: z.boolean().default(false),
  /** One source reads the proclamation as naming it and no other confirms: neither named nor plainly not. */
  namedUnconfirmed: z.boolean().default(false),
  rareEarth: z.boolean().default(false),
  platinumGroup: z.boolean().default(false),
  note: z.string().max(500).optional(),
  sources: Sources,
});

/**
 * A product people import that is not a mineral itself: a processed form (oxides, metals, master
 * alloys) or a derivative product (magnets, batteries, wafers), with the names it trades under.
 */
export const ProductSchema = z.strictObject({
  id: KebabId,
  name: NonEmpty,
  aliases: Aliases,
  /** Where the definitions place it; `unaddressed` when the sources do not say whether they reach it at all. */
  kind: z.enum(['processed', 'derivative', 'unaddressed']),
  /** Listed minerals it is made from, where the name says so (NdFeB: neodymium and boron). */
  minerals: z.array(KebabId).default([]),
  /** One or two sentences on where the definitions place it. */
  note: NonEmpty.max(500),
  sources: Sources,
  confidence: Confidence,
});

export const GlossaryTermSchema = z.strictObject({
  id: KebabId,
  term: NonEmpty,
  aliases: Aliases,
  /** Terms this one joins ("PCMDPs" = processed critical minerals + derivative products), for comparing them. */
  combines: z.array(KebabId).default([]),
  /** Names something beside the proclamation (a reserve, another agreement): asking about it is not asking about duties. */
  separate: z.boolean().default(false),
  definition: NonEmpty.max(700),
  sources: Sources,
  confidence: Confidence,
});

/** A date counted from another event, e.g. 180 days after signing. */
export const OffsetSchema = z
  .strictObject({
    from: KebabId,
    days: z.int().optional(),
    months: z.int().optional(),
  })
  .refine((o) => (o.days === undefined) !== (o.months === undefined), 'must give exactly one of days or months');

export const EventSchema = z
  .strictObject({
    id: KebabId,
    title: NonEmpty.max(100),
    description: NonEmpty.max(700),
    date: IsoDate.optional(),
    offset: OffsetSchema.optional(),
    /** Comparison dates (e.g. "six months" instead of 180 days) stay off the timeline. */
    timeline: z.boolean().default(true),
    /** What people call it in a question ("signing", "deadline", "comment deadline"). */
    aliases: Aliases,
    /** The fact that explains the event, quoted beside its date. */
    explainedBy: KebabId.optional(),
    /** The sentence's start when the date has passed: "Proclamation 11001 was signed". */
    past: NonEmpty.optional(),
    /** … and before it comes: "The 180-day negotiation window closes". */
    upcoming: NonEmpty.optional(),
    /** When the event ends a period, that period ("the 180-day negotiation window"), so "is it still open?" can be answered. */
    closes: NonEmpty.optional(),
    sources: Sources,
    confidence: Confidence,
  })
  .refine((e) => (e.date === undefined) !== (e.offset === undefined), 'must give exactly one of date or offset');

export const ARTICLE_PARTS = ['headline', 'standfirst', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] as const;
export const DOSSIER_TOPICS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P'] as const;

const FactIds = z.array(KebabId).min(1, 'must list at least one fact');

export const CoverageSchema = z.strictObject({
  article: z.strictObject(Object.fromEntries(ARTICLE_PARTS.map((p) => [p, FactIds])) as Record<(typeof ARTICLE_PARTS)[number], typeof FactIds>),
  dossier: z.strictObject(Object.fromEntries(DOSSIER_TOPICS.map((t) => [t, FactIds])) as Record<(typeof DOSSIER_TOPICS)[number], typeof FactIds>),
});

/** One YAML file under knowledge/: a topic may hold facts and the entities that belong to it. */
export const KnowledgeFileSchema = z.strictObject({
  facts: z.array(FactSchema).optional(),
  agencies: z.array(AgencySchema).optional(),
  minerals: z.array(MineralSchema).optional(),
  glossary: z.array(GlossaryTermSchema).optional(),
  products: z.array(ProductSchema).optional(),
  events: z.array(EventSchema).optional(),
  sources: z.array(SourceSchema).optional(),
  coverage: CoverageSchema.optional(),
});

/** How each list's entries are named in error messages. */
export const ENTRY_KIND = {
  facts: 'fact',
  agencies: 'agency',
  minerals: 'mineral',
  glossary: 'term',
  products: 'product',
  events: 'event',
  sources: 'source',
  coverage: 'coverage',
} as const satisfies Record<keyof z.infer<typeof KnowledgeFileSchema>, string>;

export type Source = z.infer<typeof SourceSchema>;
export type SourceRef = z.infer<typeof SourceRefSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type Agency = z.infer<typeof AgencySchema>;
export type Mineral = z.infer<typeof MineralSchema>;
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
export type Product = z.infer<typeof ProductSchema>;
export type KnowledgeEvent = z.infer<typeof EventSchema>;
export type Coverage = z.infer<typeof CoverageSchema>;
export type KnowledgeFile = z.infer<typeof KnowledgeFileSchema>;
export type ConfidenceLevel = z.infer<typeof Confidence>;
