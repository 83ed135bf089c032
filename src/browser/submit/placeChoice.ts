import { snapToPlace, type PickPlaces } from '../../core/map/snapToPlace';
import type { Position } from '../../schemas/geojson';
import { fill } from '../shared/fill';

/**
 * Keeps a form's place in step: the hidden `lng`/`lat` inputs, the `building` select and the `stairwell`
 * select (whose options follow the chosen building), and the map picker. A tap on the map (`location-tap`)
 * snaps to the nearest entrance or building and sets the selects; choosing in a select moves the point
 * there; the last action wins, and `status` always says in words what is chosen now. A tap outside the
 * community changes nothing and says why. Every change is announced as `location-change`.
 */
export function bindPlaceChoice(form: HTMLFormElement, places: PickPlaces, status: HTMLElement) {
  const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  const lng = input('lng') as HTMLInputElement;
  const lat = input('lat') as HTMLInputElement;
  const building = input('building') as HTMLSelectElement | null;
  const stairwell = input('stairwell') as HTMLSelectElement | null;
  const changed = () => document.dispatchEvent(new CustomEvent('location-change'));
  const setPoint = (at: Position | undefined) => {
    lng.value = at ? at[0].toFixed(6) : '';
    lat.value = at ? at[1].toFixed(6) : '';
  };
  /** Only the chosen building's stairwells are offered; a stairwell of another building is let go. */
  const followBuilding = () => {
    if (!building || !stairwell) return;
    for (const group of stairwell.querySelectorAll<HTMLOptGroupElement>('optgroup[data-building]')) {
      const other = Boolean(building.value) && group.dataset.building !== building.value;
      group.hidden = other;
      group.disabled = other;
    }
    const entrance = places.entrances.find((e) => e.id === stairwell.value);
    if (entrance && String(entrance.building) !== building.value) stairwell.value = '';
  };

  /** Says what is chosen now: a stairwell, a building, a point, or nothing yet. */
  const sayWhatIsChosen = () => {
    const entrance = places.entrances.find((e) => e.id === stairwell?.value);
    if (entrance) status.textContent = fill(status.dataset.nearStairwell ?? '', { number: entrance.building, unit: entrance.unit });
    else if (building?.value) status.textContent = fill(status.dataset.nearBuilding ?? '', { number: building.value });
    else status.textContent = (lng.value && lat.value ? status.dataset.set : status.dataset.none) ?? '';
  };

  document.addEventListener('location-tap', (e) => {
    const { lng: x, lat: y } = (e as CustomEvent<{ lng: number; lat: number }>).detail;
    const snapped = snapToPlace([x, y], places);
    if (snapped.kind === 'outside') { status.textContent = status.dataset.outside ?? ''; return; }
    setPoint(snapped.at);
    if (building) building.value = snapped.kind === 'point' ? '' : String(snapped.building);
    if (stairwell) stairwell.value = snapped.kind === 'stairwell' ? snapped.stairwell : '';
    followBuilding();
    changed();
  });
  building?.addEventListener('change', () => {
    followBuilding();
    const b = places.buildings.find((x) => String(x.number) === building.value);
    if (b) setPoint(b.at);
    changed();
  });
  stairwell?.addEventListener('change', () => {
    const entrance = places.entrances.find((x) => x.id === stairwell.value);
    if (entrance) {
      if (building) building.value = String(entrance.building);
      setPoint(entrance.at);
    }
    followBuilding();
    changed();
  });
  // A point typed by hand (the moderator's lng/lat fields) is just a point until the server snaps it.
  for (const typed of [lng, lat]) typed.addEventListener('change', () => {
    if (building) building.value = '';
    if (stairwell) stairwell.value = '';
    changed();
  });
  document.addEventListener('location-change', () => { followBuilding(); sayWhatIsChosen(); });
  followBuilding();
  sayWhatIsChosen();
  return { sayWhatIsChosen, clear: () => { setPoint(undefined); if (building) building.value = ''; if (stairwell) stairwell.value = ''; followBuilding(); changed(); } };
}
