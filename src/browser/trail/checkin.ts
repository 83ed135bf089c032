import { distanceAndDirection } from '../../core/geo/distanceAndDirection';
import { codeHash } from '../../core/passport/checkinSecrets';
import { normaliseCode } from '../../core/passport/normaliseCode';
import { addStamp, minuteOf, msOfMinute, nextPoint } from '../../core/passport/passport';
import { stampProof, type StampMethod } from '../../core/passport/stampProof';
import { decideCheckin } from '../../core/trail/geofence';
import { fill, formatTime } from '../shared/fill';
import { openPassportStore } from './passportStore';
import { readConfig, type CheckinConfig } from './trailConfig';

/**
 * A check-in point's page: stamps from the QR link's code (`?k=`), or from one reading of the phone's
 * position, decided on the phone. Nothing is sent anywhere: no position, no stamp, no code.
 */
export function startCheckin(root: HTMLElement) {
  const config = readConfig<CheckinConfig>(root);
  const { text } = config;
  const store = openPassportStore(config);
  const point = config.points.find((p) => p.id === config.pointId)!;
  const status = root.querySelector<HTMLElement>('.checkin-status')!;
  const here = root.querySelector<HTMLButtonElement>('.checkin-here')!;
  const say = (message: string) => { status.textContent = message; };

  const stamp = (method: StampMethod, key: string) => {
    const existing = store.get().stamps[point.id];
    if (existing) return showStamped(fill(text['checkin.already'], { time: formatTime(msOfMinute(existing.minute), config.lang) }));
    const minute = minuteOf(Date.now());
    const passport = store.get();
    const saved = store.save(addStamp(passport, point.id, { minute, method, proof: stampProof(key, passport.id, point.id, minute, method) }));
    showStamped(fill(text['checkin.stamped'], { order: point.order }) + (saved ? '' : ` ${text['passport.storageOff']}`));
  };
  const showStamped = (message: string) => {
    say(message);
    root.querySelector<HTMLElement>('.checkin-stamp')!.hidden = false;
    root.classList.add('is-stamped');
    const nextId = nextPoint(store.get(), store.trail, point.id);
    const next = config.points.find((p) => p.id === nextId);
    const nextEl = root.querySelector<HTMLElement>('.checkin-next')!;
    nextEl.hidden = false;
    if (!next) { nextEl.textContent = fill(text['checkin.done'], { count: config.points.length }); return; }
    const way = distanceAndDirection(point.at, next.at);
    nextEl.innerHTML = '';
    const link = document.createElement('a');
    link.href = next.href;
    link.textContent = fill(text['checkin.next'], { name: next.name, metres: Math.round(way.metres), direction: text[`dir.${way.direction}`] });
    nextEl.append(link);
  };

  // QR: the printed code arrives as ?k=…; it is checked against the hash this page carries, then dropped from the address.
  const url = new URL(location.href);
  const k = url.searchParams.get('k');
  if (k !== null) {
    url.searchParams.delete('k');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    if (codeHash(point.id, k) === config.codeHash) stamp('qr', normaliseCode(k));
    else say(text['checkin.qr.wrong']);
  } else if (store.get().stamps[point.id]) {
    showStamped(fill(text['checkin.already'], { time: formatTime(msOfMinute(store.get().stamps[point.id]!.minute), config.lang) }));
  }

  here.hidden = false;
  here.addEventListener('click', () => {
    if (!window.isSecureContext) return say(text['checkin.insecure']);
    if (!('geolocation' in navigator)) return say(text['checkin.noGeo']);
    say(text['checkin.locating']);
    here.disabled = true;
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        here.disabled = false;
        const d = decideCheckin({ position: [pos.coords.longitude, pos.coords.latitude], accuracyM: pos.coords.accuracy }, point.at, config.radiusM, config.minAccuracyM);
        if (d.outcome === 'stamp') stamp('location', config.locationKey);
        else if (d.outcome === 'poor-fix') say(fill(text['checkin.poorFix'], { metres: Math.round(d.accuracyM) }));
        else say(fill(text['checkin.tooFar'], { metres: Math.round(d.distanceM), direction: text[`dir.${d.heading}`] }));
      },
      (error) => {
        here.disabled = false;
        say(error.code === error.PERMISSION_DENIED ? text['checkin.denied'] : error.code === error.TIMEOUT ? text['checkin.timeout'] : text['checkin.unavailable']);
      },
      // Elder mode doubles the wait: slower hands, older phones.
      { enableHighAccuracy: true, timeout: config.timeoutMs * (document.documentElement.classList.contains('elder') ? 2 : 1), maximumAge: 0 },
    );
  });
}
