import { checkinSecrets } from './checkinSecrets';
import type { Passport } from './passport';
import { stampProof } from './stampProof';

/**
 * A social worker's check of a passport, with the community's check-in secret: for each stamp, whether its
 * proof matches. A stamp typed in or altered by hand fails; one earned on our pages passes.
 */
export function verifyStamps(passport: Passport, secret: Uint8Array): { pointId: string; valid: boolean }[] {
  return Object.entries(passport.stamps).map(([pointId, s]) => {
    const { code, locationKey } = checkinSecrets(secret, pointId);
    const key = s.method === 'qr' ? code : locationKey;
    return { pointId, valid: stampProof(key, passport.id, pointId, s.minute, s.method) === s.proof };
  });
}
