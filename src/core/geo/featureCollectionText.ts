/**
 * A FeatureCollection as the text of a `data/*.geojson` file: its other members (name, metadata) pretty-
 * printed as they were, then one feature per line, so a change to one feature is a one-line diff in git.
 * The text is made with `JSON.stringify`, never by splicing strings, so any title survives as itself.
 * @example featureCollectionText({ type: 'FeatureCollection', features: [f] }) // '{\n "type": "FeatureCollection",\n "features": [\n{…}\n ]\n}\n'
 */
export function featureCollectionText(fc: { type: 'FeatureCollection'; features: readonly unknown[] } & Record<string, unknown>): string {
  const { features, ...rest } = fc;
  const head = JSON.stringify(rest, null, 1).replace(/\n}$/, '');
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  return `${head},\n "features": [\n${body}${features.length ? '\n' : ''} ]\n}\n`;
}
