import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AuditError } from './audit-error.js';
import { entryFromRow, entryLeafBytes, entryLeafHash, isSecretName, validateEntryInput, type AuditEntry } from './audit-entry.js';
import { leafHash, toHex } from './merkle-hash.js';

const entry: AuditEntry = { seq: 7, ts: '2025-03-01T12:00:00.000Z', actor: 'admin', action: 'key.revoke', target: 'key_1', details: { tenant: 'acme', reason: 'rotated' } };

describe('audit entries', () => {
  it('hash the canonical JSON of every field, seq included', () => {
    const bytes = entryLeafBytes(entry);
    assert.equal(
      bytes.toString(),
      '{"action":"key.revoke","actor":"admin","details":{"reason":"rotated","tenant":"acme"},"seq":7,"target":"key_1","ts":"2025-03-01T12:00:00.000Z"}',
    );
    assert.equal(entryLeafHash(entry), toHex(leafHash(bytes)));
    assert.notEqual(entryLeafHash({ ...entry, seq: 8 }), entryLeafHash(entry), 'moving an entry changes its hash');
    assert.equal(entryLeafHash({ ...entry, details: { tenant: 'acme', reason: 'rotated' } }), entryLeafHash({ ...entry, details: { reason: 'rotated', tenant: 'acme' } }));
  });

  it('rebuild from stored rows, refusing details that are not an object', () => {
    const row = { ...entry, detailsJson: JSON.stringify(entry.details) };
    assert.deepEqual(entryFromRow(row), entry);
    for (const detailsJson of ['[]', 'null', '{', '"text"']) {
      assert.throws(() => entryFromRow({ ...row, detailsJson }), (error: unknown) => error instanceof AuditError && error.code === 'log_inconsistent');
    }
  });

  it('validate inputs with messages naming the problem', () => {
    const base = { actor: 'cli', action: 'budget.update', target: 'acme', details: {} };
    validateEntryInput(base);
    validateEntryInput({ ...base, action: 'audit.key.rotate', ts: '2025-01-01T00:00:00Z' });
    const cases: Array<[object, RegExp]> = [
      [{ action: 'delete' }, /subject\.verb/],
      [{ action: 'Key.Create' }, /subject\.verb/],
      [{ target: 'x'.repeat(513) }, /target/],
      [{ ts: 'yesterday' }, /ISO-8601/],
      [{ details: null }, /JSON object/],
      [{ details: { big: 'x'.repeat(20_000) } }, /exceed/],
      [{ details: { n: Number.NaN } }, /no JSON form/],
      [{ details: { list: [{ password: 'hunter2' }] } }, /details\.list\[0\]\.password looks like a secret/],
    ];
    for (const [override, message] of cases) {
      assert.throws(() => validateEntryInput({ ...base, ...override } as never), message);
    }
  });

  it('recognise secret-bearing field names without flagging ordinary ones', () => {
    for (const name of ['apiKey', 'api_key', 'API-KEY', 'client_secret', 'password', 'accessToken', 'refresh_token', 'privateKey', 'Authorization', 'credentials', 'adminKey']) {
      assert.ok(isSecretName(name), name);
    }
    for (const name of ['keyId', 'key', 'prefix', 'max_tokens', 'tokensPerMinute', 'tokenLimit', 'tenant', 'redactedCount']) {
      assert.ok(!isSecretName(name), name);
    }
  });
});
