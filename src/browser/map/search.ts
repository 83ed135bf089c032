/**
 * The map's search engine, loaded apart from the map (`import('./search')`): when a visitor first goes to the search
 * box, or when a link names a place (`?focus=`). The map's first load is about 1.5 KB gzip lighter without it.
 */
export { resolveTarget } from '../../core/search/resolveTarget';
export { searchMap } from '../../core/search/searchMap';
