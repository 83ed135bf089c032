import { DOMParser } from '@xmldom/xmldom';

/**
 * Reads XML text into a DOM Document in Node (`@xmldom/xmldom`) for the importer, as the browser's
 * `DOMParser` does on the page; malformed XML throws with the parser's own message.
 */
export function parseXmlInNode(text: string): unknown {
  let first: string | undefined;
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level === 'warning') return;
      first ??= String(message).split('\n')[0];
      throw new Error(first);
    },
  });
  try {
    return parser.parseFromString(text, 'text/xml');
  } catch (error) {
    throw new Error(first ?? String((error as Error).message));
  }
}
