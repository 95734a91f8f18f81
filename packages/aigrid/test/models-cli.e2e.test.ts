import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/run-cli.js';

let dir: string;
let config: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aigrid-models-cli-'));
  config = join(dir, 'aigrid.hcl');
  await writeFile(
    config,
    `data_dir = "${dir}/data"
provider "local" {
  type = "ollama"
}
provider "mistral" {
  type = "mistral"
}
model "llama" {
  provider       = "local"
  upstream_model = "llama3.2"
}
model "small" {
  provider       = "mistral"
  upstream_model = "mistral-small-latest"
}
model_card "ollama/llama3.2" {
  name           = "Llama 3.2 (office GPU)"
  vendor         = "meta"
  context_window = 131072
  capabilities   = ["tools", "streaming"]
  input_price    = 0
  output_price   = 0
  regions        = ["eu"]
}
model_card "mistral/mistral-small-latest" {
  input_price = 0.08
}
`,
  );
});
after(() => rm(dir, { recursive: true, force: true }));

const ACCEPTANCE = ['--capability', 'tools', '--min-context', '128000', '--max-input-price', '1', '--region', 'eu'];

test('models list --wide answers the acceptance question as an aligned table', () => {
  const result = runCli(['models', 'list', ...ACCEPTANCE, '--sort', 'input-price', '--wide']);
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.trimEnd().split('\n');
  assert.match(lines[0], /^ID\s+NAME\s+KIND\s+CONTEXT\s+INPUT\s+OUTPUT\s+CAPABILITIES\s+REGIONS\s+CONFIGURED AS$/);
  assert.deepEqual(
    lines.slice(1).map((line) => line.split(/\s+/)[0]),
    ['mistral/mistral-small-latest', 'azure/gpt-4o-mini', 'azure/gpt-4.1-mini', 'mistral/mistral-large-2512'],
  );
  assert.match(lines[1], /\$0\.10\/M\s+\$0\.30\/M/);
  const priceColumn = lines[0].indexOf('INPUT');
  assert.ok(lines.slice(1).every((line) => line[priceColumn] === '$'), 'columns are aligned');
});

test('models list --json, with the config overrides and new cards', () => {
  const result = runCli(['models', 'list', ...ACCEPTANCE, '--json', '--config', config, '--sort', 'input-price']);
  assert.equal(result.status, 0, result.stderr);
  const cards = JSON.parse(result.stdout);
  assert.deepEqual(cards.slice(0, 2).map((card: any) => card.id), ['ollama/llama3.2', 'mistral/mistral-small-latest']);
  assert.equal(cards[0].pricing.input_per_mtok_micros, 0);
  assert.equal(cards[0].origin, 'config');
  assert.deepEqual(cards[0].configured_models, ['llama']);
  assert.equal(cards[1].pricing.input_per_mtok_micros, 80000, 'the negotiated price from the config');
  assert.ok(cards.every((card: any) => card.pricing.input_per_mtok_micros <= 1_000_000 && card.capabilities.tools === true));
  const configured = JSON.parse(runCli(['models', 'list', '--configured', '--json', '--config', config]).stdout);
  assert.deepEqual(configured.map((card: any) => card.id).sort(), ['mistral/mistral-small-latest', 'ollama/llama3.2']);
});

test('models show and compare', () => {
  const shown = runCli(['models', 'show', 'openai/gpt-4o']);
  assert.equal(shown.status, 0, shown.stderr);
  assert.match(shown.stdout, /^openai\/gpt-4o\n/);
  assert.match(shown.stdout, /input price\s+\$2\.50\/M/);
  assert.match(shown.stdout, /cache write\s+\?/, 'unknown prints as ?, never as 0');
  assert.match(shown.stdout, /source\s+https:\/\//);
  const json = JSON.parse(runCli(['models', 'show', 'openai/gpt-4o-2024-08-06', '--json']).stdout);
  assert.equal(json.id, 'openai/gpt-4o', 'aliases find their card');

  const compared = runCli(['models', 'compare', 'openai/gpt-4o-mini', 'gemini/gemini-2.5-flash-lite', 'mistral/mistral-small-latest']);
  assert.equal(compared.status, 0, compared.stderr);
  const header = compared.stdout.split('\n')[0];
  assert.match(header, /^FIELD\s+openai\/gpt-4o-mini\s+gemini\/gemini-2\.5-flash-lite\s+mistral\/mistral-small-latest$/);
  assert.match(compared.stdout, /input price\s+\$0\.15\/M\s+\$0\.10\/M\s+\$0\.10\/M/);
  assert.match(compared.stdout, /\ntools\s+yes\s+yes\s+yes/);
});

test('bad flags exit 2, unknown ids exit 1, each with one readable line', () => {
  const badPrice = runCli(['models', 'list', '--max-input-price', 'one']);
  assert.equal(badPrice.status, 2);
  assert.match(badPrice.stderr, /--max-input-price must be a price in US dollars per million tokens/);
  const badCapability = runCli(['models', 'list', '--capability', 'teleport']);
  assert.equal(badCapability.status, 2);
  assert.match(badCapability.stderr, /--capability must be one of tools, json_schema/);
  const badSort = runCli(['models', 'list', '--sort', 'cheapest']);
  assert.equal(badSort.status, 2);
  assert.match(badSort.stderr, /--sort must be one of input-price, output-price, context, name, released/);
  const unknown = runCli(['models', 'show', 'openai/gpt-4o-mni']);
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /No model card or configured model 'openai\/gpt-4o-mni'\. Did you mean "openai\/gpt-4o-mini"\?/);
  const one = runCli(['models', 'compare', 'openai/gpt-4o']);
  assert.equal(one.status, 2);
  assert.match(one.stderr, /at least two/);
});
