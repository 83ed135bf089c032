import { carryMapState } from '../../core/share/carryMapState';

/**
 * Keeps the map's place in focus and hidden layers (`?focus=`, `&hide=`) when the visitor switches language:
 * the links of the language switch (`src/components/LanguageSwitch.astro`) are plain, and this copies the
 * current address's map state onto them on load and again whenever the visitor is about to follow one
 * (the map rewrites the address as places are picked). Without JavaScript the links stay plain.
 */
const links = [...document.querySelectorAll<HTMLAnchorElement>('.lang-switch a[href]')];
const plain = new Map(links.map((a) => [a, a.getAttribute('href')!]));
function carry() {
  for (const [a, href] of plain) a.setAttribute('href', carryMapState(href, location.search));
}
carry();
for (const a of links) for (const type of ['pointerdown', 'focus', 'mouseover', 'click']) a.addEventListener(type, carry);
addEventListener('popstate', carry);
