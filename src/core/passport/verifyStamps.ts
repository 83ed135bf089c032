import { checkinSecrets } from './checkinSecrets';
import type { Passport } from './passport';
import { MIN_PROOF_HEX } from './progressCode';
import { stampProof } from './stampProof';

/**
 * A social worker's check of a passport, with the community's check-in secret: for each stamp, whether its
 * proof matches. A stamp typed in or altered by hand fails; one earned on our pages passes. A progress code
 * carries the first `MIN_PROOF_HEX` digits of each proof; fewer are never enough.
 */
export function verifyStamps(passport: Passport, secret: Uint8Array): { pointId: string; valid: boolean }[] {
  return Object.entries(passport.stamps).map(([pointId, s]) => {
    const { code, locationKey } = checkinSecrets(secret, pointId);
    const key = s.method === 'qr' ? code : locationKey;
    const proof = stampProof(key, passport.id, pointId, s.minute, s.method);
    return { pointId, valid: s.proof.length >= MIN_PROOF_HEX && proof.startsWith(s.proof) };
  });
}
