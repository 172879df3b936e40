/**
 * Figures a sentence states, clause by clause: "12 minerals at 100%, 29 more at 50% or above" holds
 * two clauses, {12, 100} and {29, 50}. Which figures share a clause is what a claim can get wrong
 * ("100% for 29 minerals") while every number in it appears somewhere.
 */

/** "Fully reliant", "100 percent": the same share, written three ways. */
const WHOLLY = /\b(?:fully|totally|entirely|completely|wholly|100 ?(?:%|percent|per cent))(?!\w)/g;
/** Numbers that name something rather than count it: a section, a paragraph, an order, a year, a day of a month. */
const NAMING = /(?:§|¶|\b(?:section|sec|eo|order|proclamation|fr|no|doc|title|chapter|part|clause|paragraph|page|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?)\s*$/i;
const NUMBER = /(?<![\d.,-])\d{1,3}(?:\.\d+)?(?![\d-]|\.\d)/g;
const CLAUSE_BREAK = /[,;:()]|\b(?:and|but|while|plus|whereas|versus|vs)\b/;

/** The numbers of one clause, with "fully" and "100 percent" read as 100. */
export function figuresOf(clause: string): Set<number> {
  const text = clause.replace(WHOLLY, ' 100 ');
  const out = new Set<number>();
  for (const m of text.matchAll(NUMBER)) {
    if (NAMING.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    out.add(Number(m[0]));
  }
  return out;
}

/** Each clause of a text as the set of figures it states; clauses without figures are left out. */
export function figureClauses(text: string): Set<number>[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .flatMap((sentence) => sentence.split(CLAUSE_BREAK))
    .map(figuresOf)
    .filter((f) => f.size > 0);
}
