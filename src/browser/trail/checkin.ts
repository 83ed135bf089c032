import { distanceAndDirection } from '../../core/geo/distanceAndDirection';
import { codeHash } from '../../core/passport/checkinSecrets';
import { normaliseCode } from '../../core/passport/normaliseCode';
import { addStamp, minuteOf, msOfMinute, nextPoint } from '../../core/passport/passport';
import { stampProof, type StampMethod } from '../../core/passport/stampProof';
import { decideCheckin } from '../../core/trail/geofence';
import { fill, formatTime } from '../shared/fill';
import { openPassportStore } from './passportStore';
import { showWechatHint } from './wechatHint';
import { readConfig, type CheckinConfig } from './trailConfig';

/**
 * A check-in point's page: stamps from the QR link's code (`?k=`), or from one reading of the phone's
 * position, decided on the phone. Once stamped, the button gives way to what comes next: the stamp (pressed
 * on with a short animation, unless the phone asks for reduced motion) and the way to the next stop.
 * Nothing is sent anywhere: no position, no stamp, no code.
 */
export function startCheckin(root: HTMLElement) {
  const config = readConfig<CheckinConfig>(root);
  const { text } = config;
  const store = openPassportStore(config);
  const point = config.points.find((p) => p.id === config.pointId)!;
  const $ = <E extends HTMLElement>(selector: string) => root.querySelector<E>(selector)!;
  const status = $('.checkin-status');
  const here = $<HTMLButtonElement>('.checkin-here');
  const say = (message: string) => { status.textContent = message; };
  const showProgress = () => {
    $('.checkin-progress').textContent = fill(text['checkin.progress'], { order: point.order, count: Object.keys(store.get().stamps).length, total: config.points.length });
  };
  showWechatHint(root, store, text);
  showProgress();

  const stamp = (method: StampMethod, key: string) => {
    const existing = store.get().stamps[point.id];
    if (existing) return showStamped(fill(text['checkin.already'], { time: formatTime(msOfMinute(existing.minute), config.lang) }), false);
    const minute = minuteOf(Date.now());
    const passport = store.get();
    const saved = store.save(addStamp(passport, point.id, { minute, method, proof: stampProof(key, passport.id, point.id, minute, method) }));
    showStamped(fill(text['checkin.stamped'], { order: point.order }) + (saved ? '' : ` ${text['passport.storageOff']}`), true);
  };
  const showStamped = (message: string, fresh: boolean) => {
    say(message);
    showProgress();
    $('.checkin-stamp').hidden = false;
    root.classList.add('is-stamped');
    root.classList.toggle('just-stamped', fresh);
    here.hidden = true;
    $('.checkin-after').hidden = false;
    const passport = store.get();
    const nextId = nextPoint(passport, store.trail, point.id);
    const nextInOrder = config.points.find((p) => p.order === point.order + 1);
    const way = root.querySelector<HTMLElement>('.checkin-way');
    // The drawn way leads to the next stop on the trail; if that one is stamped already, say which is still missing.
    if (way) way.hidden = !nextInOrder || Boolean(passport.stamps[nextInOrder.id]) || !nextId;
    const nextEl = $('.checkin-next');
    nextEl.textContent = '';
    if (!nextId) { nextEl.textContent = fill(text['checkin.done'], { count: config.points.length }); return; }
    if (nextId === nextInOrder?.id) return;
    const next = config.points.find((p) => p.id === nextId)!;
    const d = distanceAndDirection(point.at, next.at);
    const link = document.createElement('a');
    link.href = next.href;
    link.textContent = fill(text['checkin.next'], { name: next.name, metres: Math.round(d.metres), direction: text[`dir.${d.direction}`] });
    nextEl.append(nextInOrder ? fill(text['checkin.alsoMissing'], { order: nextInOrder.order }) : '', link);
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
    showStamped(fill(text['checkin.already'], { time: formatTime(msOfMinute(store.get().stamps[point.id]!.minute), config.lang) }), false);
  }

  if (!store.get().stamps[point.id]) here.hidden = false;
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
