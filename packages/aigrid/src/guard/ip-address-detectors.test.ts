import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spansFound, valuesFound } from '../../test/support/guard/detector-harness.js';
import { ipv4Detector } from './ipv4-detector.js';
import { ipv6Detector } from './ipv6-detector.js';

describe('IPv4 detector', () => {
  it('finds addresses with valid octets, with ports and prefixes', () => {
    for (const [text, value] of [['host 192.168.1.20', '192.168.1.20'], ['from 203.0.113.7:443', '203.0.113.7'], ['route 10.12.0.0/16', '10.12.0.0'], ['client 81.2.69.160.', '81.2.69.160']]) {
      assert.deepEqual(valuesFound(ipv4Detector, text), [value], text);
    }
  });

  it('labels the scope', () => {
    assert.equal(spansFound(ipv4Detector, 'at 10.0.0.12')[0].meta?.scope, 'private');
    assert.equal(spansFound(ipv4Detector, 'at 198.51.100.23')[0].meta?.scope, 'documentation');
    assert.equal(spansFound(ipv4Detector, 'at 81.2.69.160')[0].meta?.scope, 'public');
  });

  it('skips invalid octets, version strings, OIDs, loopback, netmasks and single-digit quads', () => {
    const texts = ['1.2.3', '256.1.1.1', '192.168.01.1', 'v10.1.2.3', 'version 10.2.3.40', 'build: 4.12.0.17', '1.3.6.1.4.1.311', '127.0.0.1', '0.0.0.0', '255.255.255.0', '224.0.0.251', 'section 1.2.3.4', 'Windows 10.0.22631.3296', 'a1.2.3.40'];
    for (const text of texts) assert.deepEqual(valuesFound(ipv4Detector, text), [], text);
  });
});

describe('IPv6 detector', () => {
  it('finds full, compressed, IPv4-mapped and link-local addresses', () => {
    for (const address of ['2001:0db8:85a3:0000:0000:8a2e:0370:7334', '2001:db8::8a2e:370:7334', '2001:db8:0:1::1', '::ffff:192.0.2.128', 'fe80::1ff:fe23:4567:890a', 'fe80::1']) {
      assert.deepEqual(valuesFound(ipv6Detector, `addr ${address} ok`), [address], address);
    }
  });

  it('leaves a colon of the sentence after the address out', () => {
    assert.deepEqual(valuesFound(ipv6Detector, 'login from 2001:db8:4f1:a2::9c: was that you?'), ['2001:db8:4f1:a2::9c']);
    assert.deepEqual(valuesFound(ipv6Detector, 'seen 2001:db8:85a3:1:2:8a2e:370:7334: twice'), ['2001:db8:85a3:1:2:8a2e:370:7334']);
    assert.deepEqual(valuesFound(ipv6Detector, 'prefix 2001:db8:5:: only'), ['2001:db8:5::']);
  });

  it('skips scope paths, slices, times, MACs, loopback and malformed forms', () => {
    const texts = ['std::vector', 'abc::def', 'Foo::bar::baz', 'a[1::2]', '12:30:45', '00:1A:2B:3C:4D:5E', '::1', '::', '2001:db8::1::2', '1:2:3:4:5:6:7:8:9', 'dead:beef::cafe'];
    for (const text of texts) assert.deepEqual(valuesFound(ipv6Detector, text), [], text);
  });
});
