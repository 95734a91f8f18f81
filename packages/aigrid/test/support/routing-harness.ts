import { startHarness, type Harness } from './gateway-harness.js';
import { startMockAnthropic, type AnthropicMock } from './mock-anthropic.js';
import { startMockOpenAI, type MockUpstream } from './mock-openai.js';

/** The gateway with two OpenAI-style upstreams (a cloud one and a local one) and an Anthropic one. */
export interface RoutingHarness extends Harness {
  cloud: MockUpstream;
  local: MockUpstream;
  anthropic: AnthropicMock;
}

/** Config of the routing tests: the examples of docs/routing.md, pointed at mock upstreams. */
export function routingConfig(cloud: string, local: string, anthropic: string): string {
  return `
provider "cloud" {
  type                  = "openai-compatible"
  base_url              = "${cloud}"
  first_byte_timeout_ms = 400
}
provider "claude" {
  type     = "anthropic"
  base_url = "${anthropic}"
  api_key  = "sk-ant-test"
}
provider "edge" {
  type     = "vllm"
  base_url = "${local}"
}

route "chain" {
  deployment {
    name     = "primary"
    provider = "cloud"
    model    = "fail-500"
  }
  deployment {
    name     = "backup"
    provider = "claude"
    model    = "claude-sonnet-4-5"
  }
}

route "cheapest" {
  strategy = "lowest-cost"
  deployment {
    name     = "gpt-4o"
    provider = "cloud"
    model    = "gpt-4o"
    card     = "openai/gpt-4o"
  }
  deployment {
    name     = "gpt-4o-mini"
    provider = "cloud"
    model    = "gpt-4o-mini"
    card     = "openai/gpt-4o-mini"
  }
}

route "assistant" {
  deployment {
    name     = "cloud"
    provider = "cloud"
    model    = "echo"
  }
  deployment {
    name     = "on-prem"
    provider = "edge"
    model    = "echo"
  }
}

route "cloud-only" {
  deployment {
    provider = "cloud"
    model    = "gpt-test"
  }
}

route "first-token" {
  first_token_timeout_ms = 300
  deployment {
    name     = "stalls"
    provider = "cloud"
    model    = "stall"
  }
  deployment {
    name     = "answers"
    provider = "edge"
    model    = "gpt-test"
  }
}

route "deadline" {
  total_timeout_ms = 400
  deployment {
    provider = "cloud"
    model    = "slow-stream"
  }
}

route "redacted" {
  deployment {
    provider = "cloud"
    model    = "echo"
  }
}

route "blocked" {
  deployment {
    provider = "cloud"
    model    = "gpt-test"
  }
}

route "residency" {
  deployment {
    name     = "us"
    provider = "cloud"
    model    = "gpt-test"
    region   = "us"
  }
  deployment {
    name     = "eu"
    provider = "edge"
    model    = "gpt-test"
    region   = "eu"
    location = "cloud"
  }
}

tenant "eu-only" {
  allowed_regions = ["eu"]
}

tenant "strict" {}

policy "keep-pii-local" {
  routes       = ["assistant"]
  on_sensitive = "local-only"
}

# Covers every route for one tenant, so routes without a local deployment (cloud-only) refuse its
# sensitive requests at run time (config check warns about them; naming one in routes is an error).
policy "strict-local" {
  tenants      = ["strict"]
  on_sensitive = "local-only"
}

policy "redact-pii" {
  routes       = ["redacted"]
  on_sensitive = "redact"
}

policy "block-pii" {
  routes       = ["blocked"]
  on_sensitive = "block"
}
`;
}

export async function startRoutingHarness(): Promise<RoutingHarness> {
  const cloud = await startMockOpenAI();
  const local = await startMockOpenAI();
  const anthropic = await startMockAnthropic();
  const harness = await startHarness({ extraConfig: routingConfig(cloud.url, local.url, anthropic.url) });
  return {
    ...harness,
    cloud,
    local,
    anthropic,
    close: async () => {
      await harness.close();
      await Promise.all([cloud.close(), local.close(), anthropic.close()]);
    },
  };
}
