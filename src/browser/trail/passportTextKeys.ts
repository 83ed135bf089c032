import type { MessageKey } from '../../i18n/messages';

/** Interface strings the check-in, passport and verify scripts use; pages pass them in `data-config`. */
export const PASSPORT_TEXT_KEYS = [
  'checkin.locating', 'checkin.stamped', 'checkin.already', 'checkin.qr.wrong', 'checkin.tooFar', 'checkin.poorFix',
  'checkin.denied', 'checkin.timeout', 'checkin.unavailable', 'checkin.noGeo', 'checkin.insecure', 'checkin.next',
  'checkin.done', 'dir.n', 'dir.ne', 'dir.e', 'dir.se', 'dir.s', 'dir.sw', 'dir.w', 'dir.nw',
  'passport.progress', 'passport.slot.empty', 'passport.method.qr', 'passport.method.location', 'passport.next',
  'passport.nextFrom', 'passport.certificate.title', 'passport.certificate.body', 'passport.certificate.anonymous',
  'passport.code.copied', 'passport.import.ok', 'passport.import.error.empty', 'passport.import.error.malformed',
  'passport.import.error.checksum', 'passport.import.error.version', 'passport.import.error.foreign',
  'passport.import.error.other', 'passport.import.kept', 'passport.storageOff',
  'verify.result', 'verify.valid', 'verify.invalid', 'verify.keyError',
  'trail.linkCopied', 'trail.linkShown', 'trail.continue', 'trail.stamped', 'trail.allDone', 'checkin.progress', 'checkin.alsoMissing', 'passport.restored', 'passport.restoreFailed',
  'verify.keyLoaded', 'verify.keySaved', 'verify.keyMissing', 'verify.keyWrong', 'verify.scan', 'verify.scanStop', 'verify.scanning',
  'verify.noCamera', 'verify.tooFastSummary', 'verify.tooFast',
] as const satisfies readonly MessageKey[];
export type PassportTextKey = (typeof PASSPORT_TEXT_KEYS)[number];
export type PassportText = Record<PassportTextKey, string>;
