/**
 * `npm run moderator -- <command>`: manage the people who moderate, on the server's own machine (same
 * DATA_DIR as the server). Commands:
 *   add <name> [--admin]   make an account; prints a one-time password (they choose their own at first sign-in)
 *   remove <name>          remove an account (its sessions end at once)
 *   reset <name>           a new one-time password; ends the account's sessions
 *   list                   every account, with its role and last sign-in
 * Names are 1–40 visible characters, compared ignoring case. Exit status 1 on a refused command, 2 on bad usage.
 */
import { userInfo } from 'node:os';
import { chinaIsoTime } from '../src/core/time/chinaTime';
import { addModerator, listModerators, removeModerator, resetModeratorPassword, type AccountError } from '../src/server/moderators';

const ERRORS: Record<AccountError, (name: string) => string> = {
  'bad-name': (n) => `"${n}" is not a usable name: 1–40 visible characters (single spaces between words).`,
  taken: (n) => `the name "${n}" is taken (names are compared ignoring case).`,
  unknown: (n) => `there is no moderator called "${n}" (see: npm run moderator -- list).`,
  self: (n) => `cannot do that to "${n}" from here.`,
  'last-admin': (n) => `"${n}" is the last admin; add another admin first (npm run moderator -- add <name> --admin).`,
};
const USAGE = 'usage: npm run moderator -- add <name> [--admin] | remove <name> | reset <name> | list';

function fail(message: string, status = 1): never {
  console.error(`moderator: ${message}`);
  process.exit(status);
}

// Audit-log actor: the command line, and which system user ran it.
const by = { name: `cli:${userInfo().username}` };
const [command, ...rest] = process.argv.slice(2);
const admin = rest.includes('--admin');
const name = rest.filter((a) => a !== '--admin').join(' ');

if (command === 'list') {
  for (const m of listModerators()) {
    console.log([m.name, m.admin ? 'admin' : 'moderator', m.lastSignInAt ? `last sign-in ${chinaIsoTime(m.lastSignInAt).datetime}` : 'never signed in', m.mustChangePassword ? 'one-time password not yet changed' : ''].filter(Boolean).join('\t'));
  }
} else if ((command === 'add' || command === 'remove' || command === 'reset') && name) {
  if (command === 'add') {
    const r = addModerator(name, { admin }, by);
    if (!r.ok) fail(ERRORS[r.error](name));
    console.log(`added ${r.moderator.name}${admin ? ' (admin)' : ''}. One-time password (shown once; they choose their own at first sign-in):\n${r.password}`);
  } else if (command === 'remove') {
    const r = removeModerator(name, by);
    if (!r.ok) fail(ERRORS[r.error](name));
    console.log(`removed ${r.name}; their sessions have ended.`);
  } else {
    const r = resetModeratorPassword(name, by);
    if (!r.ok) fail(ERRORS[r.error](name));
    console.log(`reset ${r.name}: their sessions have ended. New one-time password (shown once):\n${r.password}`);
  }
} else {
  fail(USAGE, 2);
}
