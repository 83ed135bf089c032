import { readFileSync } from 'node:fs';
import { checkinSecrets } from '../../src/core/passport/checkinSecrets';

/** The check-in secret the test build used (scripts/test.mjs builds with the default data folder, var/). */
export function secret(): Uint8Array {
  return Uint8Array.from(Buffer.from(readFileSync('var/checkin-secret.txt', 'utf8').trim(), 'hex'));
}

/** The printed QR code of a check-in point, as its poster carries it. */
export const codeOf = (pointId: string) => checkinSecrets(secret(), pointId).code;

/** The 12 check-in point ids in trail order, and their positions, from data/. */
export function trailPoints(): { id: string; at: [number, number] }[] {
  const fc = JSON.parse(readFileSync('data/landmarks.geojson', 'utf8')) as { features: { id: string; geometry: { coordinates: [number, number] }; properties: { kind: string; order?: number } }[] };
  return fc.features.filter((f) => f.properties.kind === 'checkin').sort((a, b) => a.properties.order! - b.properties.order!).map((f) => ({ id: f.id, at: f.geometry.coordinates }));
}
