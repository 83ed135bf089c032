import L from 'leaflet';
import { useEffect, useMemo, useState, type RefObject } from 'react';
import { useMap } from 'react-leaflet';
import type { LayerKey } from '../../core/map/layerKeys';
import type { MapTarget } from '../../core/search/searchMap';
import { fillPlaceholders as fill } from '../../i18n/fillPlaceholders';
import BuildingLabels from './BuildingLabels';
import { visibleFeatures } from './communityLayers';
import Highlight from './Highlight';
import MapFurniture from './MapFurniture';
import { nextTask } from './nextTask';
import PinDeclutter from './PinDeclutter';
import type { MapProps } from './mapProps';
import type { Shift } from './datumShift';
import WalkwayArrows from './WalkwayArrows';

type Props = {
  props: MapProps; hidden: LayerKey[]; target: MapTarget | null; shift?: Shift;
  /** The pin layer of the first frame (`useCommunityLayers`) and its version, which changes with each redraw. */
  pins: RefObject<L.GeoJSON | null>; version: string;
};

/**
 * What the map adds to its first frame (`useCommunityLayers`: base map, buildings, landmark shapes and pins): optional
 * tiles underneath, and in steps, each a task of its own so none holds the page for long (a phone answers a tap in
 * between): 0 pin layout, the north arrow and scale, 1 walkway arrows, 2 building numbers and place names; once these
 * show, the SVG first view goes (in the same frame). The highlight of the feature in focus whenever there is one.
 */
export default function MapLayers({ props, hidden, target, shift, pins, version }: Props) {
  const { base, text, tiles } = props;
  const map = useMap();
  useEffect(function addTiles() {
    if (!tiles) return;
    const options = { subdomains: tiles.subdomains, maxNativeZoom: tiles.maxNativeZoom, maxZoom: props.view.maxZoom };
    const defined = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as L.TileLayerOptions;
    const layers = [L.tileLayer(tiles.url, defined({ ...options, attribution: tiles.attribution }))];
    if (tiles.overlayUrl) layers.push(L.tileLayer(tiles.overlayUrl, defined(options)));
    for (const layer of layers) layer.addTo(map);
    return () => { for (const layer of layers) layer.remove(); };
  }, [map, tiles]);
  const [stage, setStage] = useState(0);
  useEffect(function nextStep() {
    if (stage < 2) return nextTask(() => setStage(stage + 1));
  }, [stage]);
  const visible = useMemo(() => visibleFeatures({ props, hidden }), [props, hidden]);

  return (
    <>
      <PinDeclutter layer={pins} version={version} />
      <MapFurniture north={text['map.north']} letter={text['map.north.short']} />
      {stage >= 1 && <WalkwayArrows walkways={visible.landmarks.filter((l) => l.properties.kind === 'walkway')} version={version} shift={shift} />}
      {stage >= 2 && <BuildingLabels
          buildings={visible.buildings} anchors={props.anchors} stairwells={props.stairwells} base={base.features} lang={props.lang}
          shift={shift} label={(n) => fill(text['building.title'], { number: n })} onShown={retireFirstView}
        />}
      {target && <Highlight props={props} target={target} shift={shift} />}
    </>
  );
}

/**
 * Removes the drawing of the page's first view (`build/firstViewHtml.ts`): the live map now shows the same, and
 * more. Its empty box stays under the live map as its background.
 */
function retireFirstView(): void {
  const view = document.querySelector('[data-first-view]');
  view?.replaceChildren();
  view?.removeAttribute('data-first-view');
}
