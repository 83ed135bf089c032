import { readConfig, type TrailConfig } from './trailConfig';
import { showWechatHint } from './wechatHint';

/**
 * The trail overview page's only script: inside WeChat, the hint to copy the progress link before opening the
 * browser. The passport store (and its hashing) loads only there, so other visitors download almost nothing.
 */
export async function startTrailPage(root: HTMLElement) {
  if (!/MicroMessenger/i.test(navigator.userAgent)) return;
  const config = readConfig<TrailConfig>(root);
  const { openPassportStore } = await import('./passportStore');
  showWechatHint(root, openPassportStore(config), config.text);
}
