import { renderSVG } from 'uqr';
import { distanceAndDirection } from '../../core/geo/distanceAndDirection';
import { mergePassports, msOfMinute, nextPoint, type Passport } from '../../core/passport/passport';
import { decodeProgressCode } from '../../core/passport/progressCode';
import { drawCertificate } from './certificate';
import { fill, formatTime } from '../shared/fill';
import { openPassportStore } from './passportStore';
import { readConfig, type TrailConfig } from './trailConfig';

/**
 * The passport page: 12 stamp slots filled from this phone's storage, the next point and its direction,
 * the certificate at 12/12, the progress code (text and QR) and restoring from one. Nothing is sent anywhere.
 */
export function startPassport(root: HTMLElement) {
  const config = readConfig<TrailConfig>(root);
  const { text, points } = config;
  const store = openPassportStore(config);
  const $ = <E extends HTMLElement>(selector: string) => root.querySelector<E>(selector)!;
  const nickname = $<HTMLInputElement>('.nickname');

  if (/MicroMessenger/i.test(navigator.userAgent)) $('.wechat-hint').hidden = false;

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
    $('.passport-next').textContent = next
      ? `${fill(text['passport.next'], { order: next.order, name: next.name })} ${previous && way ? fill(text['passport.nextFrom'], {
        from: previous.order, metres: Math.round(way.metres), direction: text[`dir.${way.direction}`],
      }) : ''}`
      : '';
    const code = store.code();
    $('.progress-code').textContent = code;
    $('.progress-qr').innerHTML = renderSVG(code, { ecc: 'L', border: 2 });
    $('.progress-qr svg').setAttribute('role', 'img');
    $('.progress-qr svg').setAttribute('aria-label', code);
    const done = count === points.length;
    $('.certificate').hidden = !done;
    if (done) showCertificate(passport);
  };

  const showCertificate = (passport: Passport) => {
    if (document.activeElement !== nickname) nickname.value = passport.nickname;
    const name = passport.nickname.trim() || text['passport.certificate.anonymous'];
    const last = Math.max(...Object.values(passport.stamps).map((s) => s.minute));
    const url = drawCertificate({
      title: text['passport.certificate.title'],
      body: fill(text['passport.certificate.body'], { nickname: name, count: points.length }),
      date: new Intl.DateTimeFormat(config.lang, { dateStyle: 'long' }).format(msOfMinute(last)),
      total: points.length,
    });
    const img = $<HTMLImageElement>('.certificate-image');
    img.src = url;
    img.alt = `${text['passport.certificate.title']}: ${fill(text['passport.certificate.body'], { nickname: name, count: points.length })}`;
    $<HTMLAnchorElement>('.certificate-save').href = url;
  };

  nickname.addEventListener('change', () => {
    store.save({ ...store.get(), nickname: nickname.value.trim().slice(0, 10) });
    render();
  });

  $('.copy-code').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(store.code());
      $('.copy-status').textContent = text['passport.code.copied'];
    } catch {
      getSelection()?.selectAllChildren($('.progress-code'));
    }
  });

  $<HTMLFormElement>('.import-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const status = $('.import-status');
    const decoded = decodeProgressCode($<HTMLTextAreaElement>('#import-code').value, store.trail, store.tag);
    if (!decoded.ok) {
      status.textContent = `${text[`passport.import.error.${decoded.error}`]} ${text['passport.import.kept']}`;
      return;
    }
    const current = store.get();
    // A fresh passport (no stamps) takes the imported one whole; the same passport merges; another is refused.
    const merged = Object.keys(current.stamps).length === 0 ? decoded.passport : mergePassports(current, decoded.passport);
    if (!merged) {
      status.textContent = `${text['passport.import.error.other']} ${text['passport.import.kept']}`;
      return;
    }
    const saved = store.save(merged);
    status.textContent = fill(text['passport.import.ok'], { count: Object.keys(merged.stamps).length }) + (saved ? '' : ` ${text['passport.storageOff']}`);
    render();
  });

  render();
}
