import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emailDetector } from './email-detector.js';
import { spansFound, valuesFound } from '../../test/support/guard/detector-harness.js';
import { phoneDetector } from './phone-detector.js';

describe('email detector', () => {
  it('finds addresses with dots, plus tags, subdomains and multi-part TLDs', () => {
    for (const email of ['john@example.com', 'maria.lopez+news@mail.example.org', 'a_b-c@corp.co.uk', 'X99@uni-berlin.de']) {
      assert.deepEqual(valuesFound(emailDetector, `write to <${email}>.`), [email], email);
    }
    assert.deepEqual(valuesFound(emailDetector, 'mailto:dev@startup.io, ops@startup.io'), ['dev@startup.io', 'ops@startup.io']);
  });

  it('does not read the password of a URL with credentials as an address', () => {
    assert.deepEqual(valuesFound(emailDetector, 'DSN=mysql://svc:Q7x-long-pass@db.example.net:3306/app'), []);
    assert.deepEqual(valuesFound(emailDetector, 'see https://docs.example.org then mail ops:team@example.org'), ['team@example.org']);
  });

  it('ignores handles, package specifiers, decorators, assets and SSH remotes', () => {
    for (const text of ['ping @alice on slack', 'npm i lodash@4.17.21', '@Component({})', 'icon@2x.png', 'git@github.com:org/repo.git', 'a@b', 'user@localhost', '.@example.com']) {
      assert.deepEqual(valuesFound(emailDetector, text), [], text);
    }
  });
});

describe('phone detector', () => {
  it('finds E.164 forms with and without separators', () => {
    for (const phone of ['+14155552671', '+1 415 555 2671', '+1 (415) 555-2671', '+44 20 7946 0958', '+49 30 12345678', '+33 6 12 34 56 78', '+91 98765 43210', '+44 (0)20 7946 0958']) {
      assert.deepEqual(valuesFound(phoneDetector, `call ${phone} today`), [phone], phone);
    }
    assert.deepEqual(spansFound(phoneDetector, 'call +14155552671')[0].meta, { format: 'e164', country: 'US' });
  });

  it('finds North American and trunk-prefixed national forms', () => {
    for (const phone of ['(415) 555-2671', '415-555-2671', '415.555.2671', '1-800-555-0199', '020 7946 0958', '06 12 34 56 78', '06.12.34.56.78', '030/12345678', '0171-1234567', '(0171) 1234567']) {
      assert.deepEqual(valuesFound(phoneDetector, `tel: ${phone}.`), [phone], phone);
    }
  });

  it('does not flag plain numbers, years, prices, versions, dates, order numbers or times', () => {
    const texts = [
      'order 4000123456 shipped', 'in 2024 and 2025', 'costs $1,299.99', 'v10.15.7', 'node 20.11.1', '2024-03-15 14:30:00',
      '15.03.2024', '03/15/2024', 'sizes 256 512 1024', '+1 for this idea', 'score +12', 'UTC+05:30', 'ISO 9001:2015',
      '1920x1080', 'version 10.0.22631.3296', 'ratio 16:9', 'offset 2024-03-15T14:30:00+01:00', 'SKU 415-555-267',
      'binary 1011 0110 1110 0001', '415 555 2671 in a list',
    ];
    for (const text of texts) assert.deepEqual(valuesFound(phoneDetector, text), [], text);
  });

  it('trims a trailing number that is not part of the phone', () => {
    assert.deepEqual(valuesFound(phoneDetector, 'ring 020 7946 0958 12 times'), ['020 7946 0958']);
  });
});
