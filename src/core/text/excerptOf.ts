/** A closing quotation mark (Chinese or Latin) at the end of a sentence. */
const CLOSING_QUOTE = /[”’」』"'）)]$/u;

/**
 * The first sentence of a story, at most 150 characters, for lists and the map. Sentences are as Unicode finds them
 * (`Intl.Segmenter`), so the point in `3.5` or `example.com` and the mark in `<!--` end nothing; and, as Chinese is
 * written, a quotation followed at once by its speaker is one sentence with them: `“快来看！”她说。`.
 * @example excerptOf('楼道里画了一只大熊猫。孩子们每天都来看。') === '楼道里画了一只大熊猫。'
 */
export function excerptOf(body: string): string {
  const line = body.split('\n')[0]!;
  let first = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'sentence' }).segment(line)) {
    first += segment;
    // A closing quote with no space after it: what follows belongs to the same sentence.
    if (!(CLOSING_QUOTE.test(segment) && line.length > first.length && !/^\s/u.test(line.slice(first.length)))) break;
  }
  first = first.trim();
  return first.length > 150 ? `${first.slice(0, 150)}…` : first;
}
