import { useId, useRef, useState } from 'react';
import { fillPlaceholders as fill } from '../../i18n/fillPlaceholders';
import type { MapTarget, SearchIndex } from '../../core/search/searchMap';
import type { MapProps } from './mapProps';
import { targetLabel } from './targetLabel';

type Props = { index: SearchIndex; props: MapProps; onSelect: (t: MapTarget | null) => void };

/**
 * Search by building number (`22`, `22幢`), stairwell (`22-3`, `22幢3单元`) or landmark name or kind, in
 * Chinese or English, or a kind's synonym (宠物, dog). One match is focused at once; several are listed, best first;
 * none says so and gives close suggestions. Each search closes the details sheet of the one before.
 */
export default function SearchBox({ index, props, onSelect }: Props) {
  const { text } = props;
  const id = useId();
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ q: string; matches: MapTarget[]; suggestions: MapTarget[] } | null>(null);
  // The search engine loads when the box is first used (it is there by the time a query is typed).
  const engine = useRef<Promise<typeof import('./search')>>(undefined);
  const load = () => (engine.current ??= import('./search'));

  const submit = (e: Event) => {
    e.preventDefault();
    void load().then(({ searchMap }) => {
      const found = { q: query.trim(), ...searchMap(query, index) };
      setResult(found.q ? found : null);
      // A new search starts afresh: the previous sheet closes unless this search focuses one thing.
      onSelect(found.matches.length === 1 ? found.matches[0]! : null);
    }, () => {});
  };
  const list = (targets: MapTarget[]) => (
    <ul className="cm-results">
      {targets.map((t) => <li key={t.id}><button type="button" onClick={() => onSelect(t)}>{targetLabel(props, t)}</button></li>)}
    </ul>
  );

  return (
    // biome-ignore lint/a11y/useSemanticElements: a form with role="search" is the search landmark every browser and screen reader knows; the <search> element is only understood since 2023, and residents use older phones
    <form className="cm-search" role="search" onSubmit={submit}>
      <label htmlFor={id}>{text['map.search.label']}</label>
      <div className="cm-search-row">
        <input id={id} type="search" value={query} placeholder={text['map.search.placeholder']} enterKeyHint="search" autoComplete="off"
          onFocus={() => void load().catch(() => {})} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        <button type="submit">{text['map.search.submit']}</button>
      </div>
      <div aria-live="polite">
        {result && result.matches.length > 1 && <>{fill(text['map.search.results'], { count: result.matches.length })}{list(result.matches)}</>}
        {result && !result.matches.length && (
          <p className="cm-none">{fill(text['map.search.none'], { q: result.q })} {result.suggestions.length > 0 && text['map.search.suggest']}</p>
        )}
        {result && !result.matches.length && result.suggestions.length > 0 && list(result.suggestions)}
      </div>
    </form>
  );
}
