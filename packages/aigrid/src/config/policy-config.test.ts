import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError } from './config-error.js';
import type { ConfigVocabulary } from './config-types.js';
import { parseConfigText } from './load-config.js';

// A stand-in for the guard's BUILTIN_DETECTOR_IDS, handed in as the CLI hands in the real one.
const VOCABULARY: ConfigVocabulary = { detectors: ['credit_card', 'email', 'phone', 'api_key'] };

const BASE = `provider "cloud" {
  type     = "openai-compatible"
  base_url = "http://127.0.0.1:1/v1"
}
provider "engine" {
  type = "ollama"
}
route "mixed" {
  deployment {
    provider = "cloud"
    model    = "m"
  }
  deployment {
    provider = "engine"
    model    = "m"
  }
}
route "edge-only" {
  deployment {
    provider = "cloud"
    model    = "m"
    location = "edge"
  }
}
model "cloud-model" {
  provider = "cloud"
}
guard {
  patterns = { ticket = "TCK-[0-9]{6}" }
}
`;

const load = (policies: string, vocabulary: ConfigVocabulary | undefined = VOCABULARY) => parseConfigText(BASE + policies, 'aigrid.hcl', {}, vocabulary);

async function issues(policies: string, vocabulary?: ConfigVocabulary) {
  try {
    await load(policies, vocabulary);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.issues.map((issue) => ({ line: issue.line, message: issue.message, hint: issue.hint }));
  }
  assert.fail('expected a ConfigError');
}

const line = (policies: string, text: string) => (BASE + policies).split('\n').findIndex((each) => each.includes(text)) + 1;

describe('policy blocks', () => {
  it('builds detectors, skip_detectors and on_uncertain', async () => {
    const config = await load(`policy "p" {
  routes         = ["mixed"]
  on_sensitive   = "local-only"
  on_uncertain   = "local"
  skip_detectors = ["phone", "ticket"]
}
policy "q" {
  detectors = ["email", "ticket"]
}`);
    assert.deepEqual(config.policies.p, {
      name: 'p', tenants: undefined, routes: ['mixed'], onSensitive: 'local-only', onUncertain: 'local', detectors: undefined,
      skipDetectors: ['phone', 'ticket'], allowedRegions: undefined, maxPricePerMTokMicros: undefined,
    });
    assert.equal(config.policies.q.onUncertain, undefined, 'unset means ignore');
    assert.equal(config.warnings, undefined);
  });

  it('refuses an unknown on_uncertain value', async () => {
    const [issue] = await issues('policy "p" {\n  on_sensitive = "local-only"\n  on_uncertain = "cloud"\n}');
    assert.match(issue.message, /on_uncertain/);
  });
});

describe('policy checks', () => {
  it('local-only on a named route without a local or edge deployment is an error with line and hint', async () => {
    const policies = 'policy "p" {\n  routes       = ["mixed", "edge-only", "cloud-model"]\n  on_sensitive = "local-only"\n}';
    assert.deepEqual(await issues(policies), [{
      line: line(policies, 'routes       = ["mixed"'),
      message: 'policy "p" keeps sensitive requests on local deployments, but "cloud-model" has no local or edge deployment',
      hint: 'add a deployment with location = "local" or "edge", or one on a local engine such as ollama; or use on_sensitive = "block"',
    }]);
  });

  it('local-only covering every route: a warning for those without a local deployment', async () => {
    const config = await load('policy "p" {\n  on_sensitive = "local-only"\n}');
    assert.equal(config.warnings?.length, 1);
    assert.match(config.warnings![0].message, /covers every route; sensitive requests to "cloud-model" will be refused/);
    assert.equal(config.warnings![0].file, 'aigrid.hcl');
    assert.ok(config.warnings![0].line! > 0);
  });

  it('local-only covering every route when none has a local deployment is an error', async () => {
    const cloudOnly = 'provider "cloud" {\n  type     = "openai-compatible"\n  base_url = "http://127.0.0.1:1/v1"\n}\nmodel "a" {\n  provider = "cloud"\n}\npolicy "p" {\n  tenants      = ["acme"]\n  on_sensitive = "local-only"\n}\n';
    await assert.rejects(parseConfigText(cloudOnly, 'aigrid.hcl', {}), /no model or route has a local or edge deployment/);
  });

  it('an unknown detector is an error with the nearest name', async () => {
    const found = await issues('policy "p" {\n  detectors      = ["emial"]\n  skip_detectors = ["tickt"]\n}');
    assert.deepEqual(found.map(({ message, hint }) => [message, hint]), [
      ['policy "p": detectors names an unknown detector "emial"', 'did you mean "email"?'],
      ['policy "p": skip_detectors names an unknown detector "tickt"', 'did you mean "ticket"?'],
    ]);
  });

  it('without a handed-in vocabulary, detector names are left to the gateway to check', async () => {
    const config = await load('policy "p" {\n  detectors = ["emial"]\n}', {});
    assert.deepEqual(config.policies.p.detectors, ['emial']);
  });

  it('a detector switched both on and off is an error', async () => {
    const [issue] = await issues('policy "p" {\n  detectors      = ["email", "phone"]\n  skip_detectors = ["phone"]\n}');
    assert.equal(issue.message, 'policy "p": "phone" is in both detectors and skip_detectors');
  });

  it('switching every detector off is an error', async () => {
    const [issue] = await issues('policy "p" {\n  skip_detectors = ["credit_card", "email", "phone", "api_key", "ticket"]\n}');
    assert.match(issue.message, /switches off every detector/);
  });

  it('on_uncertain on a policy that is not local-only is an error', async () => {
    const [issue] = await issues('policy "p" {\n  on_sensitive = "redact"\n  on_uncertain = "ignore"\n}');
    assert.equal(issue.message, 'policy "p": on_uncertain applies to local-only policies only (on_sensitive is "redact")');
  });

  it('on_uncertain on a local-only policy whose route has no local deployment is an error', async () => {
    const [issue] = await issues('policy "p" {\n  routes       = ["cloud-model"]\n  on_sensitive = "local-only"\n  on_uncertain = "local"\n}');
    assert.match(issue.message, /"cloud-model" has no local or edge deployment/);
  });

  it('still names routes that do not exist', async () => {
    const [issue] = await issues('policy "p" {\n  routes = ["mixd"]\n}');
    assert.deepEqual([issue.message, issue.hint], ['policy "p": no model or route is named "mixd"', 'did you mean "mixed"?']);
  });
});
