import { renderSVG } from 'uqr';
import { distanceAndDirection } from '../../core/geo/distanceAndDirection';
import { msOfMinute, nextPoint, type Passport } from '../../core/passport/passport';
import { drawCertificate } from './certificate';
import { fill, formatTime } from '../shared/fill';
import { openPassportStore, type ImportOutcome } from './passportStore';
import { readConfig, type TrailConfig } from './trailConfig';
import { showWechatHint } from './wechatHint';

/**
 * The passport page: a book of the points' own stamps (collected ones in colour) from this phone's storage,
 * the next point and its direction, the certificate at 12/12, the progress link (text and QR) and restoring
 * from one: opened as `#restore=…`, pasted, or typed. Nothing is sent anywhere.
 */
export function startPassport(root: HTMLElement) {
  const config = readConfig<TrailConfig>(root);
  const { text, points } = config;
  const store = openPassportStore(config);
  const $ = <E extends HTMLElement>(selector: string) => root.querySelector<E>(selector)!;
  const nickname = $<HTMLInputElement>('.nickname');
  showWechatHint(root, store, text);

  const outcomeText = (o: ImportOutcome, okKey: 'passport.import.ok' | 'passport.restored', failPrefix = '') => o.ok
    ? fill(text[okKey], { count: o.count }) + (o.saved ? '' : ` ${text['passport.storageOff']}`)
    : `${failPrefix}${text[`passport.import.error.${o.error}`]} ${text['passport.import.kept']}`;

  const render = () => {
    const passport = store.get();
    const count = Object.keys(passport.stamps).length;
    $('.passport-progress').textContent = fill(text['passport.progress'], { count, total: points.length });
    for (const p of points) {
      const slot = $(`[data-point="${p.id}"]`);
      const s = passport.stamps[p.id];
      slot.classList.toggle('is-stamped', Boolean(s));
      slot.querySelector('.stamp-time')!.textContent = s
        ? `${formatTime(msOfMinute(s.minute), config.lang)} · ${text[`passport.method.${s.method}`]}`
        : text['passport.slot.empty'];
    }
    // Walk on from the furthest stamp along the trail.
    const furthest = [...store.trail].reverse().find((id) => passport.stamps[id]);
    const nextId = nextPoint(passport, store.trail, furthest);
    const next = points.find((p) => p.id === nextId);
    const previous = next && points.find((p) => p.order === next.order - 1);
    const way = next && previous && distanceAndDirection(previous.at, next.at);
    // One message for the two sentences, so each language punctuates and spaces them its own way.
    $('.passport-next').textContent = !next ? ''
      : previous && way ? fill(text['passport.nextFrom'], { order: next.order, name: next.name, from: previous.order, metres: Math.round(way.metres), direction: text[`dir.${way.direction}`] })
      : fill(text['passport.next'], { order: next.order, name: next.name });
    const link = store.link();
    $('.progress-code').textContent = link;
    $('.progress-qr').innerHTML = renderSVG(link, { ecc: 'L', border: 2 });
    $('.progress-qr svg').setAttribute('role', 'img');
    $('.progress-qr svg').setAttribute('aria-label', link);
    const done = count === points.length;
    $('.certificate').hidden = !done;
    if (done) void showCertificate(passport);
  };

  let drawn = 0;
  const showCertificate = async (passport: Passport) => {
    if (document.activeElement !== nickname) nickname.value = passport.nickname;
    const name = passport.nickname.trim() || text['passport.certificate.anonymous'];
    const body = fill(text['passport.certificate.body'], { nickname: name, count: points.length });
    const img = $<HTMLImageElement>('.certificate-image');
    img.alt = `${text['passport.certificate.title']}: ${body}`;
    const last = Math.max(...Object.values(passport.stamps).map((s) => s.minute));
    const ticket = ++drawn;
    const url = await drawCertificate({
      title: text['passport.certificate.title'], body,
      date: new Intl.DateTimeFormat(config.lang, { dateStyle: 'long' }).format(msOfMinute(last)),
      stamps: points.map((p) => $(`[data-point="${p.id}"] .stamp-art`).innerHTML),
    });
    if (ticket !== drawn) return; // a newer nickname is being drawn
    img.src = url;
    $<HTMLAnchorElement>('.certificate-save').href = url;
  };

  // The certificate (and the progress link, which carries the nickname) follows the nickname as it is typed.
  nickname.addEventListener('input', () => {
    store.save({ ...store.get(), nickname: nickname.value.trim().slice(0, 10) });
    render();
  });

  $('.copy-code').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(store.link());
      $('.copy-status').textContent = text['passport.code.copied'];
    } catch {
      getSelection()?.selectAllChildren($('.progress-code'));
    }
  });

  $<HTMLFormElement>('.import-form').addEventListener('submit', (e) => {
    e.preventDefault();
    $('.import-status').textContent = outcomeText(store.importText($<HTMLTextAreaElement>('#import-code').value), 'passport.import.ok');
    render();
  });

  // A progress link opened on this phone: restore (merging, never losing a stamp), then drop the code from the address.
  const restoreFromAddress = () => {
    if (!/[#&]restore=/.test(location.hash)) return;
    const restore = location.hash;
    history.replaceState(history.state, '', location.pathname + location.search);
    $('.restore-status').textContent = outcomeText(store.importText(restore), 'passport.restored', text['passport.restoreFailed']);
    render();
  };
  // Also when the link is pasted into the address bar while this page is open (only the fragment changes).
  addEventListener('hashchange', restoreFromAddress);
  restoreFromAddress();
  render();
}
