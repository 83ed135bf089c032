/**
 * A hand-written inline script as a page carries it: its whole-line `//` comments and each line's indentation left
 * out (every page sends it; its words are for whoever reads the source). For scripts of ours with no multi-line
 * strings or template literals, where a line that starts with `//` is always a comment.
 * @example compactScript('(() => {\n  // say hi\n  go();\n})();\n') === '(() => {\ngo();\n})();\n'
 */
export function compactScript(source: string): string {
  return source.replace(/^[ \t]*\/\/.*\n/gm, '').replace(/^[ \t]+/gm, '');
}
