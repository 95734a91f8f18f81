import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { locateInSource } from './source-locator.js';

const hcl = `# comment with provider "openai" {
database = "sqlite:x" // trailing
server {
  port = 8420
}
/* provider "openai" { base_url = "nope" } */
provider "openai" {
  api_key  = "\${env("KEY")}"   # } a brace in a comment
  note     = "a { brace } in a string"
  text     = <<EOT
base_url = "inside heredoc"
}
EOT
  headers  = {
    "OpenAI-Organization" = "org"
    X-Other = "y", Third = "z"
  }
  base_url = "https://example.com"
}
provider "local" { base_url = "http://127.0.0.1" }
model "a" {
  provider = "openai"
}
model "a" {
  provider = "local"
}
`;

describe('locateInSource (HCL)', () => {
  it('finds block headers and attributes', () => {
    assert.deepEqual(locateInSource(hcl, ['database']), { line: 2, column: 1 });
    assert.deepEqual(locateInSource(hcl, ['server', 'port']), { line: 4, column: 3 });
    assert.deepEqual(locateInSource(hcl, ['provider', 'openai']), { line: 7, column: 1 });
    assert.deepEqual(locateInSource(hcl, ['provider', 'openai', 'base_url']), { line: 18, column: 3 });
    assert.deepEqual(locateInSource(hcl, ['provider', 'local', 'base_url']), { line: 20, column: 20 });
  });

  it('finds keys of object values', () => {
    assert.deepEqual(locateInSource(hcl, ['provider', 'openai', 'headers', 'OpenAI-Organization']), { line: 15, column: 5 });
    assert.deepEqual(locateInSource(hcl, ['provider', 'openai', 'headers', 'Third']), { line: 16, column: 20 });
  });

  it('falls back to the enclosing block for a missing attribute', () => {
    assert.deepEqual(locateInSource(hcl, ['provider', 'local', 'api_key']), { line: 20, column: 1 });
    assert.deepEqual(locateInSource(hcl, ['server', 'host']), { line: 3, column: 1 });
  });

  it('picks a later occurrence of a repeated block', () => {
    assert.deepEqual(locateInSource(hcl, ['model', 'a'], { occurrence: 1 }), { line: 24, column: 1 });
    assert.deepEqual(locateInSource(hcl, ['model', 'a', 'provider'], { occurrence: 1 }), { line: 25, column: 3 });
  });

  it('returns undefined for what is not there', () => {
    assert.equal(locateInSource(hcl, ['tenant', 'x']), undefined);
    assert.equal(locateInSource(hcl, []), undefined);
  });
});

describe('locateInSource (JSON)', () => {
  it('finds keys approximately', () => {
    const json = '{\n  "server": { "port": 1 },\n  "provider": {\n    "openai": [{ "base_ulr": 1 }]\n  }\n}';
    assert.deepEqual(locateInSource(json, ['provider', 'openai', 'base_ulr'], { json: true }), { line: 4, column: 18 });
    assert.deepEqual(locateInSource(json, ['server', 'host'], { json: true }), { line: 2, column: 3 });
  });
});
