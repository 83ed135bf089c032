// What `import … from 'leaflet'` resolves to in the site's bundles (the alias in astro.config.mjs): Leaflet's own
// ES module build. Leaflet 1.9.4's package names only its UMD build, which the bundler would wrap as CommonJS (a
// wrapper and helpers the map page would download). Our code and react-leaflet keep importing 'leaflet' as before:
// its named exports are these, and its default export is Leaflet's whole namespace as a plain object, as the UMD
// build's `L` is (the map editor hands it to Geoman as the global `L`, which Geoman adds to).
import * as Leaflet from 'leaflet/dist/leaflet-src.esm.js';

export * from 'leaflet/dist/leaflet-src.esm.js';
export default { ...Leaflet };
