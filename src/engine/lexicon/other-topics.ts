/**
 * Subjects next door to an importer's day that the bot does not cover: taxes, carrying goods,
 * market prices, financing, other countries' mining rules, environmental and workplace permits.
 * Goods words ("lithium batteries") and cost words ("paying") in such a question would otherwise
 * read as a duty question about those goods.
 */
export interface OtherTopic {
  /** How the bot names it back: "taxes". */
  name: string;
  /** Over folded words joined by single spaces. */
  pattern: RegExp;
}

export const OTHER_TOPICS: readonly OtherTopic[] = [
  {
    name: 'taxes',
    pattern: /\b(?:corporate|income|sales|property|payroll|franchise|capital gains|estate|state) tax(?:es)?\b|\btax (?:rate|rates|return|returns|deductions?|credits?|brackets?|write ?offs?|filing|filings|year)\b|\b(?:deductions?|deductible|deduct)\b|\birs\b/,
  },
  {
    name: 'shipping and carrying goods',
    pattern: /\b(?:hazmat|dangerous goods|un 38 3|fedex|dhl|usps|(?:by|via|with|through) ups|ups ground|freight (?:rates?|quotes?)|shipping (?:rates?|labels?|fees?|costs?))\b/,
  },
  {
    name: 'market prices',
    pattern: /\b(?:spot|market|commodity|exchange|lme|futures|going) prices?\b|\bprices? (?:today|right now|this week|per (?:ton|tonne|kg|pound|lb))\b|\bper (?:metric )?(?:ton|tonne|kg)\b/,
  },
  {
    name: 'interest rates and financing',
    pattern: /\b(?:fed funds|federal funds|interest rates?|sofr|libor|treasury yields?|(?:10|ten) year (?:yield|treasury)|bond yields?|fomc|rate cuts?|rate hikes?)\b/,
  },
  {
    name: "other countries' mining rules",
    pattern: /\bmining (?:code|codes|law|laws|royalt(?:y|ies)|regime|licen[cs]es?|concessions?)\b|\broyalt(?:y|ies)\b/,
  },
  {
    name: 'environmental and workplace permits',
    pattern: /\b(?:epa|osha|environmental (?:permits?|rules?|compliance)|zoning|air permits?|water permits?|stormwater|(?:recycling|waste|landfill) (?:permits?|licen[cs]es?))\b/,
  },
];

/** The other subjects a question names, in the order of the list. */
export function otherTopicsOf(words: string): OtherTopic[] {
  return OTHER_TOPICS.filter((t) => t.pattern.test(words));
}
