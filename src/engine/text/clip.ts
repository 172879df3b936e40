/** Cuts text to `max` characters at a word boundary, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Words ending in a full stop that do not end a sentence ("U.S.", "Jan.", "FR Doc.", "e.g."). */
const ABBREVIATION = /(?:^|[\s(])(?:(?:[A-Za-z]\.)+|(?:Mr|Ms|Dr|St|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|para|paras|cf|Doc|Sec|Art|Vol|Pub|Inc|Corp|Ltd|Sen|Rep|Gov|Gen)\.)$/;

/** The first sentence of a text (up to `max` characters). */
export function firstSentence(text: string, max: number): string {
  const end = /[.!?](?=\s+["“(]?[A-Z0-9])/g;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const upTo = text.slice(0, m.index + 1);
    if (!ABBREVIATION.test(upTo)) return clip(upTo, max);
  }
  return clip(text, max);
}

/** As many whole sentences from the start of a text as fit in `max` characters (at least the first). */
export function leadingSentences(text: string, max: number): string {
  let taken = firstSentence(text, max);
  while (taken.length < text.length && !taken.endsWith('…')) {
    const next = firstSentence(text.slice(taken.length).trimStart(), max);
    if (taken.length + 1 + next.length > max || next.endsWith('…')) break;
    taken = `${taken} ${next}`;
  }
  return taken;
}
