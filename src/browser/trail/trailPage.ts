import { nextPoint, type Passport } from '../../core/passport/passport';
import { fill } from '../shared/fill';
import { readConfig, type TrailConfig } from './trailConfig';
import { showWechatHint } from './wechatHint';

/**
 * The trail overview page's only script. With stamps on this phone: each stamped stop is marked, and the start
 * button leads on to the next stop without one (or to the certificate once all are in). Inside WeChat: the hint
 * to copy the progress link before opening the browser. The passport store (and its hashing) loads only for
 * these, so a first visit downloads almost nothing.
 */
export async function startTrailPage(root: HTMLElement, stops: HTMLElement, start: HTMLAnchorElement) {
  const config = readConfig<TrailConfig>(root);
  const wechat = /MicroMessenger/i.test(navigator.userAgent);
  let stored: string | null = null;
  try { stored = localStorage.getItem(config.storageKey); } catch { /* storage refused: no stamps here */ }
  if (!stored && !wechat) return;
  const { openPassportStore } = await import('./passportStore');
  const store = openPassportStore(config);
  showProgress(store.get(), config, stops, start);
  if (wechat) showWechatHint(root, store, config.text);
}

/** Marks the stamped stops in the list and points the start button at what comes next. */
function showProgress(passport: Passport, config: TrailConfig, stops: HTMLElement, start: HTMLAnchorElement) {
  const { text, points } = config;
  const stamped = points.filter((p) => passport.stamps[p.id]);
  if (stamped.length === 0) return;
  for (const p of stamped) {
    const item = stops.querySelector<HTMLElement>(`li[data-point="${CSS.escape(p.id)}"]`);
    if (!item) continue;
    item.classList.add('is-stamped');
    const mark = document.createElement('span');
    mark.className = 'stop-stamped';
    mark.textContent = `✓ ${text['trail.stamped']}`;
    item.append(mark);
  }
  const next = points.find((p) => p.id === nextPoint(passport, points.map((q) => q.id)));
  start.textContent = next ? `${fill(text['trail.continue'], { order: next.order, name: next.name })} →` : `${fill(text['trail.allDone'], { total: points.length })} →`;
  start.href = next ? next.href : config.passportHref;
}
