/**
 * Trade actions other than Proclamation 11001 that people ask about in the same breath: other
 * Section 232 actions, IEEPA "reciprocal" tariffs, Section 301, anti-dumping duties, the EU's CBAM,
 * export controls. The bot covers none of them; naming them lets it say so instead of answering
 * with one of its own facts.
 */
export interface TradeAction {
  id: string;
  /** How the bot names it back: "the Section 232 tariffs on steel". */
  name: string;
  /** Words a fact uses when it speaks of this action, so only such a fact answers how it relates. */
  keywords: RegExp;
  /**
   * For goods that are also critical minerals (copper, aluminum): whether the question names the
   * other action itself ("the copper 232", "232 investigation on copper") rather than only a
   * tariff on the goods, which Proclamation 11001 may answer.
   */
  explicit: boolean;
}

interface Pattern {
  action: Omit<TradeAction, 'explicit'>;
  /** Over folded words joined by single spaces. */
  pattern: RegExp;
  /** When it matches, the action is named outright; absent for actions that are always named outright. */
  explicit?: RegExp;
  /**
   * Words `pattern` cannot match without: a cheap test first, because compiling the long sector
   * patterns costs a cold start a few milliseconds each, and most questions name no sector.
   */
  needs?: RegExp;
}

const TARIFF = String.raw`(?:tariffs?|tarrifs?|tarifs?)`;
const DUTY = String.raw`(?:${TARIFF}|duty|duties|levy|levies|rates?|232s?|section 232|sec 232|surcharges?)`;
const ACTION = String.raw`(?:232s?|section 232|sec 232|(?:232 )?(?:investigation|probe|inquiry|proclamation|action))`;

/** Goods with Section 232 actions of their own, as people name them. */
const SECTORS: readonly [string, string, string][] = [
  ['steel', 'steel', 'steel|steels'],
  ['aluminum', 'aluminum', 'aluminum|aluminium|alum'],
  ['copper', 'copper', 'copper'],
  ['lumber', 'lumber and timber', 'lumber|timber|softwood|wood'],
  ['autos', 'autos and auto parts', 'autos?|automobiles?|cars?|auto parts|car parts|vehicles?|automotive'],
  ['semiconductors', 'semiconductors', 'semiconductors?|chips?|microchips?|chipmaking'],
  ['trucks', 'trucks', 'trucks?|heavy trucks|lorries'],
  ['drones', 'drones', 'drones?|uas|unmanned aircraft'],
  ['pharmaceuticals', 'pharmaceuticals', 'pharmaceuticals?|pharma|drugs|medicines?'],
  ['furniture', 'furniture', 'furniture|cabinets'],
  ['aircraft', 'aircraft and jet engines', 'aircraft|jet engines?|airplanes?'],
  ['polysilicon', 'polysilicon', 'polysilicon'],
];

/** Goods with a 232 of their own that are neither a critical mineral nor a product made from one. */
const NEVER_CRITICAL = new Set(['steel', 'lumber', 'pharmaceuticals', 'furniture']);

/** "Is aluminium still at 50%?": a rate on the goods, which Proclamation 11001 never set, is the other action's. */
const AT_A_RATE = String.raw`[^.?]*\b(?:at|to|of) (?:\d+|a \d+) percent\b`;

const sectorPatterns: Pattern[] = SECTORS.map(([id, goods, names]) => {
  const goodsNamed = new RegExp(`\\b(?:${names})\\b`);
  // "An inclusions process for aluminum derivatives?": the other actions' way of adding goods; this one has none.
  const inclusions = String.raw`\b(?:${names})\b[^.?]*\binclusions?\b|\binclusions?\b[^.?]*\b(?:${names})\b`;
  // "Is the 50% 232 tariff charged on the aluminum content of our enclosures?": a rate Proclamation 11001 never set.
  const rated = String.raw`|\b(?:${names})\b${AT_A_RATE}|\b\d+ percent (?:section |sec )?(?:232 )?(?:${TARIFF}|duty|duties)\b[^.?]*\b(?:${names})\b`;
  // "The separate Section 232 investigation Commerce opened on polysilicon": that action's own probe.
  const probe = String.raw`|\b(?:232s?|section 232|sec 232) (?:investigation|probe|inquiry)\b[^.?]{0,40}?\b(?:on|into|of|for) (?:imported |foreign )?(?:${names})\b`;
  // "What Section 232 duty applies to imports of Canadian softwood lumber?": goods no reading of this proclamation reaches, beside a 232.
  const beside232 = NEVER_CRITICAL.has(id) ? String.raw`|\b(?:232s?|section 232|sec 232)\b(?![^.?]{0,80}\b(?:like|unlike|as with|as for|similar to|compared to|compared with|than) (?:on |for |with |the )*(?:${names})\b)[^.?]{0,80}\b(?:${names})\b|\b(?:${names})\b[^.?]{0,80}\b(?:232s?|section 232|sec 232)\b` : '';
  return {
    action: { id: `section-232-${id}`, name: `the Section 232 tariffs on ${goods}`, keywords: goodsNamed },
    needs: goodsNamed,
    // "steel tariffs", "tariff on steel", "232 duties for autos", "the steel 232".
    pattern: new RegExp(String.raw`${inclusions}|\b(?:(?:${names}) (?:\w+ )?(?:${DUTY}|${ACTION})|(?:${DUTY}|${ACTION}) (?:(?:on|for|against|into|of) )?(?:imported |foreign |\w+ )?(?:${names}))\b|\b(?:${names})\b[^.?]*\bunder (?:section |sec )?232\b(?! (?:on |for )?(?:processed )?critical)|\b(?:section|sec) 232 (?:${TARIFF}|duty|duties) rates? (?:\w+ ){0,5}(?:${names})\b${rated}${beside232}${probe}`),
    // "the Section 232 tariff rate applicable to imported semi-finished copper products" too.
    // "What's the 232 tariff on aluminum extrusions?": a Section 232 tariff on the goods, which Proclamation 11001 never set.
    explicit: new RegExp(String.raw`${inclusions}|\b(?:232|section 232|sec 232) (?:${TARIFF}|duty|duties|rates?) (?:on|for|against) (?:imported |foreign |\w+ )?(?:${names})\b|\b(?:(?:${names}) (?:\w+ )?${ACTION}|${ACTION} (?:(?:on|for|against|into|of) )?(?:imported |foreign |\w+ )?(?:${names}))\b|\b(?:${names})\b[^.?]*\bunder (?:section |sec )?232\b(?! (?:on |for )?(?:processed )?critical)|\b(?:section|sec) 232 (?:${TARIFF}|duty|duties) rates? (?:\w+ ){0,5}(?:${names})\b${rated}${beside232}${probe}`),
  };
});

const named: readonly [string, string, string, RegExp][] = [
  ['ieepa', 'the IEEPA tariffs', String.raw`\bieepa\b|\binternational emergency economic powers\b|\bemergency tariffs?\b|\bfentanyl tariffs?\b|\bliberation day\b`, /\bieepa\b|reciprocal/],
  ['reciprocal', 'the "reciprocal" tariffs', String.raw`\breciprocal (?:${TARIFF}|rates?|duties|duty|levels?)\b|\bbaseline ${TARIFF}\b`, /reciprocal/],
  ['foreign-tariffs', "another country's own tariffs", String.raw`\bimport(?:s|ed)? from (?:the )?(?:us|usa|united states|america)\b|\b(?:us|american) (?:exports?|exporters?|goods) to\b|\bexport(?:ing)? (?:\w+ )?to (?:china|canada|mexico|india|the eu|europe|japan)\b|\bretaliat\w*|\bcounter ?${TARIFF}`, /retaliat|counter-?tariff/],
  ['section-301', 'the Section 301 tariffs', String.raw`\b(?:section|sec) 301\b|\b301 (?:tariffs?|duties|duty|list|lists|exclusions?)\b`, /\b301\b/],
  ['section-201', 'the Section 201 safeguard tariffs', String.raw`\b(?:section|sec) 201\b|\bsafeguard (?:tariffs?|duties|duty|measures?)\b`, /\b201\b|safeguard/],
  ['ad-cvd', 'anti-dumping and countervailing duties', String.raw`\banti ?dumping\b|\bcountervailing\b|\bad ?cvd\b|\b(?:ad|cvd) (?:margins?|rates?|cases?|orders?|petitions?|duty|duties|investigations?|deposits?)\b|\bprelim(?:inary)? (?:ad|cvd)\b`, /dumping|countervailing/],
  ['cbam', "the EU's carbon border adjustment mechanism (CBAM)", String.raw`\bcbam\b|\bcarbon border\b|\bborder carbon\b`, /cbam|carbon border/],
  ['export-controls', 'export controls', String.raw`\b(?:bans?|banned|restrictions?|curbs?|controls?|limits?) on (?:exporting|exports? of|(?:\w+ ){1,4}exports?)\b|\bexport (?:controls?|bans?|restrictions?|licen[cs](?:e|es|ing)|curbs?|quotas?)\b|\b(?:ban|bans|banned|banning|restrict|restricts|restricted|curb|curbs|curbed|halt|halts|halted|block|blocks|blocked) (?:the |its |their |all )?(?:\w+ ){0,2}exports?\b|\bentity list\b|\bforeign direct product rule\b|\bmofcom\b|\b(?:licen[cs](?:e|es|ing)|permits?|approvals?) (?:\w+ ){0,6}(?:for|to) export(?:ing|s)?\b`, /export (?:control|ban|restriction)/],
  ['de-minimis', 'the de minimis rules', String.raw`\bde minimis\b`, /de minimis/],
  ['usmca-review', 'the USMCA joint review', String.raw`\b(?:usmca|cusma|nafta) (?:joint |six year |6 year )?review\b|\bjoint review of (?:the )?(?:usmca|cusma)\b`, /usmca (?:joint )?review|joint review/i],
  ['eu-crma', "the EU's Critical Raw Materials Act", String.raw`\bcritical raw materials? act\b|\bcrma\b`, /raw materials act|crma/i],
  ['ira-credits', "the Inflation Reduction Act's tax credits", String.raw`\binflation reduction act\b|\bforeign entity of concern\b|\bfeoc\b|\bclean vehicle credits?\b|\b(?:ev|tax) credits?\b|\b(?:30d|45x)\b`, /inflation reduction|tax credit/],
];

/** Words each named action's pattern cannot match without, tested first (most questions name none of them). */
const NAMED_NEEDS: Readonly<Record<string, RegExp>> = {
  ieepa: /ieepa|emergency|fentanyl|liberation/,
  reciprocal: /reciprocal|baseline/,
  'foreign-tariffs': /import|export|goods|retaliat|counter/,
  'section-301': /301/,
  'section-201': /201|safeguard/,
  'ad-cvd': /dumping|countervailing|cvd|\bad\b|prelim/,
  cbam: /cbam|carbon/,
  'export-controls': /export|entity list|foreign direct|mofcom/,
  'de-minimis': /minimis/,
  'usmca-review': /review/,
  'ira-credits': /inflation|foreign entity|feoc|credit|30d|45x/,
  'eu-crma': /raw material|crma/,
};

const namedPatterns: Pattern[] = named.map(([id, name, pattern, keywords]) => ({ action: { id, name, keywords }, pattern: new RegExp(pattern), ...(NAMED_NEEDS[id] ? { needs: NAMED_NEEDS[id] } : {}) }));

const PATTERNS: readonly Pattern[] = [...namedPatterns, ...sectorPatterns];

/** Other trade actions a question names, in the lexicon's order, each once; `texts` are its words as typed and as corrected. */
export function findTradeActions(...texts: readonly (readonly string[])[]): TradeAction[] {
  const joined = texts.map((words) => words.join(' '));
  return PATTERNS.filter((p) => joined.some((t) => (p.needs === undefined || p.needs.test(t)) && p.pattern.test(t))).map((p) => ({
    ...p.action,
    explicit: p.explicit === undefined || joined.some((t) => p.explicit?.test(t)),
  }));
}
