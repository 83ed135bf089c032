/**
 * Text as residents type it, made safe to store and compare: Unicode NFC, line ends as `\n`, control and
 * invisible formatting characters removed (tabs become spaces), spaces trimmed, at most one blank line.
 * @example cleanText('  a\r\n\r\n\r\nb\u0000\u202e ') === 'a\n\nb'
 */
export function cleanText(input: string): string {
  return input
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    // C0/C1 controls except \n; bidi overrides and zero-width characters that can hide or reorder text.
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '')
    .replace(/[ \u3000]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** How many web links a text holds (`http://`, `https://`, `www.`). */
export function countLinks(text: string): number {
  return (text.match(/\bhttps?:\/\/|\bwww\./gi) ?? []).length;
}
