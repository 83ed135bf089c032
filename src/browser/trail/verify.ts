import { hexToBytes } from '@noble/hashes/utils.js';
import { msOfMinute } from '../../core/passport/passport';
import { decodeProgressCode } from '../../core/passport/progressCode';
import { verifyStamps } from '../../core/passport/verifyStamps';
import { fill, formatTime } from '../shared/fill';
import { readConfig, type TrailConfig } from './trailConfig';


/** The social worker's check: decode the child's progress code and verify each stamp's proof with the check key, on this phone. */
export function startVerify(form: HTMLFormElement) {
  const config = readConfig<TrailConfig>(form);
  const { text } = config;
  const trail = config.points.map((p) => p.id);
  const key = form.querySelector<HTMLInputElement>('#verify-key')!;
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('key');
  if (fromHash) { key.value = fromHash; history.replaceState(history.state, '', location.pathname); }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const out = form.querySelector<HTMLElement>('.verify-result')!;
    out.innerHTML = '';
    const secret = key.value.trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(secret)) {
      out.textContent = text['verify.keyError'];
      return;
    }
    const decoded = decodeProgressCode(form.querySelector<HTMLTextAreaElement>('#verify-code')!.value, trail, hexToBytes(config.tag));
    if (!decoded.ok) {
      out.textContent = text[`passport.import.error.${decoded.error}`];
      return;
    }
    const results = verifyStamps(decoded.passport, hexToBytes(secret));
    const summary = document.createElement('p');
    summary.className = 'verify-summary';
    summary.textContent = fill(text['verify.result'], { valid: results.filter((r) => r.valid).length, invalid: results.filter((r) => !r.valid).length });
    const list = document.createElement('ul');
    for (const p of config.points) {
      const r = results.find((x) => x.pointId === p.id);
      if (!r) continue;
      const s = decoded.passport.stamps[p.id]!;
      const li = document.createElement('li');
      li.className = r.valid ? 'is-valid' : 'is-invalid';
      li.textContent = `${r.valid ? '✓' : '✗'} ${p.order}. ${p.name} · ${formatTime(msOfMinute(s.minute), config.lang)} · ${text[`passport.method.${s.method}`]} · ${r.valid ? text['verify.valid'] : text['verify.invalid']}`;
      list.append(li);
    }
    out.append(summary, list);
  });
}
