import { describe, expect, it } from 'vitest';
import { clientAddress, normalAddress, trustedProxies } from './clientAddress.mjs';

describe('normalAddress', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['::ffff:192.0.2.7', '192.0.2.7'],
    ['::FFFF:192.0.2.7', '192.0.2.7'],
    ['0:0:0:0:0:ffff:192.0.2.7', '192.0.2.7'],
    ['[2001:DB8::1]', '2001:db8::1'],
    ['fe80::1%eth0', 'fe80::1'],
    [' 198.51.100.4 ', '198.51.100.4'],
    ['::1', '::1'],
  ])('%s → %s', (raw, normal) => expect(normalAddress(raw)).toBe(normal));

  it.each(['', 'unknown', '1.2.3.4:80', '999.1.1.1', 'evil.example', '1.2.3', '::ffff:999.1.1.1', undefined])('%s is not an address', (raw) => {
    expect(normalAddress(raw)).toBeUndefined();
  });
});

describe('trustedProxies', () => {
  it('reads addresses and CIDR ranges, IPv4 and IPv6', () => {
    const list = trustedProxies(' 127.0.0.1, ::1 ,10.0.0.0/8,2001:db8::/32 ')!;
    expect(list.check('127.0.0.1', 'ipv4')).toBe(true);
    expect(list.check('10.200.3.4', 'ipv4')).toBe(true);
    expect(list.check('11.0.0.1', 'ipv4')).toBe(false);
    expect(list.check('::1', 'ipv6')).toBe(true);
    expect(list.check('2001:db8:ffff::9', 'ipv6')).toBe(true);
  });

  it('believes no one when the setting is empty', () => {
    expect(trustedProxies(undefined)).toBeUndefined();
    expect(trustedProxies(' , ')).toBeUndefined();
  });

  it.each(['localhost', '10.0.0.0/33', '::1/129', '10.0.0.0/8/8', '10.0.0.0/', '10.0.0.0/x', '127.0.0.1;::1'])('stops on a bad entry, naming it: %s', (setting) => {
    expect(() => trustedProxies(setting)).toThrow(/TRUSTED_PROXY: ".+" is neither an IP address nor a CIDR range/);
  });
});

describe('clientAddress', () => {
  const proxy = trustedProxies('127.0.0.1,::1,10.0.0.0/8');

  it('believes the socket, not the header, when no proxy is trusted', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.9', undefined)).toBe('127.0.0.1');
    expect(clientAddress('::ffff:198.51.100.2', '203.0.113.9', undefined)).toBe('198.51.100.2');
  });

  it('believes the socket when the peer is not one of the trusted proxies', () => {
    expect(clientAddress('198.51.100.2', '203.0.113.9', proxy)).toBe('198.51.100.2');
  });

  it('from a trusted proxy, takes the rightmost hop that is not a trusted proxy', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.9', proxy)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:127.0.0.1', '1.1.1.1, 203.0.113.9', proxy)).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', '1.1.1.1, 203.0.113.9, 10.1.2.3', proxy)).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', ['1.1.1.1', '203.0.113.9, ::1'], proxy)).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', '[2001:db8::7]', proxy)).toBe('2001:db8::7');
  });

  it('falls back to the socket when the hop our proxy wrote is malformed or missing', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.9, not-an-address', proxy)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '203.0.113.9:4444', proxy)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', undefined, proxy)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', ' , ', proxy)).toBe('127.0.0.1');
  });

  it('ignores whatever a client wrote left of the hop our proxy appended', () => {
    expect(clientAddress('127.0.0.1', 'garbage, 127.0.0.1, 203.0.113.9', proxy)).toBe('203.0.113.9');
  });

  it('takes the leftmost hop when every hop is a trusted proxy', () => {
    expect(clientAddress('127.0.0.1', '10.0.0.5, 10.0.0.6', proxy)).toBe('10.0.0.5');
  });
});
