/**
 * A value as the text of a `<script type="application/json">`: JSON with every `<` escaped (`\u003c`), so no
 * text in it can close the script element or open a comment.
 * @example jsonForScript({ a: '</script>' }) → '{"a":"\\u003c/script>"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
