/**
 * Text as residents type it, made safe to store and compare: Unicode NFC, line ends as `\n`, control and
 * invisible formatting characters removed (tabs become spaces), non-characters (U+FFFE, U+FDD0…) and lone
 * surrogate halves removed, spaces trimmed, at most one blank line.
 * @example cleanText('  a\r\n\r\n\r\nb\u0000\u202e\ufffe ') === 'a\n\nb'
 */
export function cleanText(input: string): string {
  return input
    // Lone surrogates cannot be stored as UTF-8 and non-characters are never text; drop both before normalising.
    .replace(/[\p{Cs}\p{Noncharacter_Code_Point}]/gu, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    // C0/C1 controls except \n; bidi overrides and zero-width characters that can hide or reorder text.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point, to strip them
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '')
    // The zero-width joiner only where it joins emoji into one (👨‍👩‍👧 is a family, not three faces).
    .replace(/(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}]\ufe0f?)\u200d|\u200d(?!\p{Extended_Pictographic})/gu, '')
    .replace(/[ \u3000]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** `cleanText` on one line (a title): line breaks and runs of spaces become one space. */
export function cleanLine(input: string): string {
  return cleanText(input).replace(/\s+/g, ' ');
}
