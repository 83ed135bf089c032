/**
 * Who is asking: the address per-client limits and the audit log use. It is the socket's peer, unless that
 * peer is a proxy named in `TRUSTED_PROXY`; only then is `X-Forwarded-For` believed, and only the hops our
 * own proxies added to it (anyone can write the header; only a proxy we run appends to it truthfully).
 */
import { BlockList, isIP } from 'node:net';

/**
 * An address in one spelling: IPv4-mapped IPv6 (`::ffff:1.2.3.4`) as plain IPv4, IPv6 without brackets
 * or zone, lower case. `undefined` when it is not an IP address.
 * @param {string | undefined} raw
 * @returns {string | undefined}
 * @example normalAddress('::FFFF:192.0.2.7') === '192.0.2.7'
 */
export function normalAddress(raw) {
  let address = (raw ?? '').trim().toLowerCase();
  if (address.startsWith('[') && address.endsWith(']')) address = address.slice(1, -1);
  address = address.replace(/%[0-9a-z._~-]+$/, '');
  const mapped = /^[0:]*:ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped && isIP(address) === 6 && isIP(mapped[1]) === 4) return mapped[1];
  return isIP(address) ? address : undefined;
}

/**
 * The proxies whose `X-Forwarded-For` we believe, from the `TRUSTED_PROXY` setting: addresses and CIDR
 * ranges separated by commas. `undefined` when the setting is empty (believe no one).
 * @param {string | undefined} setting e.g. `127.0.0.1,::1` or `10.0.0.0/8`
 * @returns {BlockList | undefined}
 * @throws {Error} naming the entry that is neither an address nor a range
 */
export function trustedProxies(setting) {
  const entries = (setting ?? '').split(',').map((e) => e.trim()).filter(Boolean);
  if (entries.length === 0) return undefined;
  const list = new BlockList();
  for (const entry of entries) {
    const [rawAddress, prefix, extra] = entry.split('/');
    const address = normalAddress(rawAddress);
    const type = address && isIP(address) === 6 ? 'ipv6' : 'ipv4';
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = type === 'ipv6' ? 128 : 32;
    if (!address || extra !== undefined || (bits !== undefined && !(/^\d{1,3}$/.test(prefix ?? '') && bits <= maxBits))) {
      throw new Error(`TRUSTED_PROXY: "${entry}" is neither an IP address nor a CIDR range. Write addresses and ranges separated by commas, e.g. TRUSTED_PROXY=127.0.0.1,::1 or TRUSTED_PROXY=10.0.0.0/8.`);
    }
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return list;
}

/**
 * Whether an address is one of the trusted proxies.
 * @param {BlockList | undefined} trusted
 * @param {string} address a normalised address
 */
export function isTrusted(trusted, address) {
  return Boolean(trusted?.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4'));
}

/**
 * The client's address. Without trusted proxies, or when the peer is not one, the socket peer. From a
 * trusted proxy: walking `X-Forwarded-For` from the right (the hop our proxy appended), past hops that are
 * trusted proxies themselves, the first other address; a malformed hop ends the walk at the peer (what lies
 * left of it was written by someone we cannot vouch for). When every hop is trusted, the leftmost.
 * @param {string | undefined} peer the socket's remote address
 * @param {string | string[] | undefined} forwardedFor the `X-Forwarded-For` header(s)
 * @param {BlockList | undefined} trusted from `trustedProxies`
 * @returns {string} e.g. '203.0.113.9'; 'unknown' only when the socket has no address (already closed)
 * @example clientAddress('127.0.0.1', '198.51.100.1, 203.0.113.9', trustedProxies('127.0.0.1')) === '203.0.113.9'
 */
export function clientAddress(peer, forwardedFor, trusted) {
  const socket = normalAddress(peer) ?? 'unknown';
  if (!trusted || !isTrusted(trusted, socket)) return socket;
  const hops = [forwardedFor ?? ''].flat().join(',').split(',').map((h) => h.trim()).filter(Boolean);
  let client = socket;
  for (const hop of hops.reverse()) {
    const address = normalAddress(hop);
    if (!address) return socket;
    client = address;
    if (!isTrusted(trusted, address)) return address;
  }
  return client;
}
