import { hexToBytes } from '@noble/hashes/utils.js';
import { msOfMinute } from '../../core/passport/passport';
import { decodeProgressCode } from '../../core/passport/progressCode';
import { secretFingerprint } from '../../core/passport/secretFingerprint';
import { FAST_PACE_MPS, tooFastStamps } from '../../core/passport/tooFast';
import { verifyStamps } from '../../core/passport/verifyStamps';
import { fill, formatTime } from '../shared/fill';
import { scanQr } from './qrScanner';
import { readConfig, type VerifyConfig } from './trailConfig';

/**
 * The social worker's check, on this phone: the key is checked first against the site's fingerprint (a wrong
 * key says so, and checks no stamp), kept in this phone's localStorage once loaded (from the admin page's QR
 * link, `#key=…`); the child's progress link is scanned or pasted; each stamp's proof is verified and stamps
 * that came faster than a fast walk allows are listed apart, as "too fast", not as invalid.
 */
export function startVerify(form: HTMLFormElement) {
  const config = readConfig<VerifyConfig>(form);
  const { text } = config;
  const trail = config.points.map((p) => p.id);
  const $ = <E extends HTMLElement>(selector: string) => form.querySelector<E>(selector)!;
  const keyInput = $<HTMLInputElement>('#verify-key');
  const codeInput = $<HTMLTextAreaElement>('#verify-code');
  const keyState = $('.verify-keystate');
  const out = $('.verify-result');
  const storageKey = `${config.storageKey}:check-key`;

  /** A key as typed or scanned: `ok`, not 64 hex digits (`format`), or another secret than the site's (`wrong`). */
  const checkKey = (raw: string): { ok: true; secret: Uint8Array } | { ok: false; why: 'format' } | { ok: false; why: 'wrong'; got: string } => {
    const hex = raw.trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(hex)) return { ok: false, why: 'format' };
    const secret = hexToBytes(hex);
    const got = secretFingerprint(secret);
    return got === config.fingerprint ? { ok: true, secret } : { ok: false, why: 'wrong', got };
  };
  const keyMessage = (c: ReturnType<typeof checkKey>) => (c.ok ? '' : c.why === 'format' ? text['verify.keyError'] : fill(text['verify.keyWrong'], { got: c.got, want: config.fingerprint }));
  const stored = () => { try { return localStorage.getItem(storageKey) ?? ''; } catch { return ''; } };
  const showKeyState = (message?: string, wrong = false) => {
    const has = checkKey(stored()).ok;
    keyState.textContent = message ?? (has ? fill(text['verify.keyLoaded'], { fingerprint: config.fingerprint }) : text['verify.keyMissing']);
    keyState.classList.toggle('is-wrong', wrong);
    keyState.classList.toggle('is-loaded', has && !wrong);
    $('.verify-keyfield').hidden = has;
    $('.verify-forget-row').hidden = !has;
  };

  // The admin page's QR link carries the key in the fragment: check it, keep it on this phone, drop it from the address.
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('key');
  if (fromHash !== null) {
    history.replaceState(history.state, '', location.pathname);
    const c = checkKey(fromHash);
    if (c.ok) {
      try { localStorage.setItem(storageKey, fromHash.trim().toLowerCase()); } catch { keyInput.value = fromHash; }
      showKeyState(fill(text['verify.keySaved'], { fingerprint: config.fingerprint }));
    } else showKeyState(keyMessage(c), true);
  } else showKeyState();

  $('.verify-forget').addEventListener('click', () => {
    try { localStorage.removeItem(storageKey); } catch { /* nothing kept */ }
    keyInput.value = '';
    showKeyState();
  });

  // Scanning the child's QR: the camera where there is one and it is allowed; otherwise paste.
  const start = $<HTMLButtonElement>('.verify-scan-start');
  const stopButton = $<HTMLButtonElement>('.verify-scan-stop');
  const scanStatus = $('.verify-scan-status');
  let stopScan: (() => void) | undefined;
  const endScan = () => { stopScan?.(); stopScan = undefined; start.hidden = false; stopButton.hidden = true; };
  start.hidden = !navigator.mediaDevices?.getUserMedia;
  start.addEventListener('click', () => {
    start.hidden = true;
    stopButton.hidden = false;
    scanStatus.textContent = text['verify.scanning'];
    stopScan = scanQr($<HTMLVideoElement>('.verify-video'), (found) => {
      endScan();
      scanStatus.textContent = '';
      codeInput.value = found;
      form.requestSubmit();
    }, () => {
      endScan();
      scanStatus.textContent = text['verify.noCamera'];
      codeInput.focus();
    });
  });
  stopButton.addEventListener('click', () => { endScan(); scanStatus.textContent = ''; });
  if (!navigator.mediaDevices?.getUserMedia) scanStatus.textContent = text['verify.noCamera'];

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    out.innerHTML = '';
    const say = (message: string, className: string) => {
      const p = document.createElement('p');
      p.className = className;
      p.textContent = message;
      out.append(p);
    };
    // The key first: a wrong key must never read as "these stamps are made up".
    const key = checkKey(keyInput.value.trim() || stored());
    if (!key.ok) return say(keyMessage(key), 'key-wrong');
    const decoded = decodeProgressCode(codeInput.value, trail, hexToBytes(config.tag));
    if (!decoded.ok) return say(text[`passport.import.error.${decoded.error}`], 'code-error');
    const { passport } = decoded;
    const results = verifyStamps(passport, key.secret);
    say(fill(text['verify.result'], { valid: results.filter((r) => r.valid).length, invalid: results.filter((r) => !r.valid).length }), 'verify-summary');
    const list = document.createElement('ul');
    for (const p of config.points) {
      const r = results.find((x) => x.pointId === p.id);
      if (!r) continue;
      const s = passport.stamps[p.id]!;
      const li = document.createElement('li');
      li.className = r.valid ? 'is-valid' : 'is-invalid';
      li.textContent = `${r.valid ? '✓' : '✗'} ${p.order}. ${p.name} · ${formatTime(msOfMinute(s.minute), config.lang)} · ${text[`passport.method.${s.method}`]} · ${r.valid ? text['verify.valid'] : text['verify.invalid']}`;
      list.append(li);
    }
    out.append(list);
    const fast = tooFastStamps(passport, config.points, config.radiusM);
    if (fast.length === 0) return;
    say(fill(text['verify.tooFastSummary'], { count: fast.length }), 'verify-fast-summary');
    const fastList = document.createElement('ul');
    const order = (id: string) => config.points.find((p) => p.id === id)!.order;
    for (const f of fast) {
      const li = document.createElement('li');
      li.className = 'is-fast';
      li.textContent = `⚠ ${fill(text['verify.tooFast'], { from: order(f.fromId), to: order(f.toId), metres: f.metres, within: f.minutes + 1, pace: FAST_PACE_MPS, seconds: f.neededS })}`;
      fastList.append(li);
    }
    out.append(fastList);
  });
}
