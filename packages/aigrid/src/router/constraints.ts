import { effectivePrices } from './cost-estimate.js';
import type { Deployment, FilterKind, FilteredDeployment, RequestFeatures } from './router-types.js';

export interface ConstraintResult {
  /** Deployments that can serve the request, in their original order. */
  readonly eligible: Deployment[];
  readonly filtered: FilteredDeployment[];
}

interface Failure {
  readonly kind: FilterKind;
  readonly reason: string;
}

const CAPABILITY_NAMES = { tools: 'tool calling', vision: 'image input', jsonSchema: 'JSON schema output', streaming: 'streaming' } as const;

const CAPABILITIES = Object.keys(CAPABILITY_NAMES) as Array<keyof typeof CAPABILITY_NAMES>;

/** What every check returns when nothing fails: one shared array, none allocated per request. */
const NONE: readonly Failure[] = Object.freeze([]);

function capabilityFailures(deployment: Deployment, features: RequestFeatures): readonly Failure[] {
  let failures: Failure[] | undefined;
  for (const name of CAPABILITIES) {
    if (features.needs[name] && !deployment.capabilities[name]) (failures ??= []).push({ kind: 'capability', reason: `does not support ${CAPABILITY_NAMES[name]}` });
  }
  return failures ?? NONE;
}

// An unknown context window or output limit is never filtered on: unknown is not "too small".
function sizeFailures(deployment: Deployment, features: RequestFeatures): readonly Failure[] {
  if (deployment.contextWindow === undefined && deployment.maxOutputTokens === undefined) return NONE;
  const failures: Failure[] = [];
  const needed = features.estimatedInputTokens + (features.maxOutputTokens ?? 0);
  if (deployment.contextWindow !== undefined && needed > deployment.contextWindow) {
    const detail = features.maxOutputTokens === undefined ? 'input' : `input + ${features.maxOutputTokens} output`;
    failures.push({ kind: 'context', reason: `context window ${deployment.contextWindow} < ${needed} tokens needed (${detail})` });
  }
  const maxOutput = features.maxOutputTokens;
  if (maxOutput !== undefined && deployment.maxOutputTokens !== undefined && maxOutput > deployment.maxOutputTokens) {
    failures.push({ kind: 'output', reason: `max output ${deployment.maxOutputTokens} < ${maxOutput} tokens requested` });
  }
  return failures;
}

/**
 * Whether a deployment's region satisfies an allowed one: equal (case-insensitive), or more
 * specific (`eu` allows `eu-west-1`). `global` satisfies only an explicit `global`.
 */
export function regionAllowed(region: string, allowed: readonly string[]): boolean {
  const lower = region.toLowerCase();
  return allowed.some((entry) => {
    const want = entry.toLowerCase();
    return lower === want || lower.startsWith(`${want}-`);
  });
}

function placementFailures(deployment: Deployment, features: RequestFeatures): readonly Failure[] {
  const regions = features.allowedRegions;
  if (regions === undefined && features.allowedLocations === undefined) return NONE;
  const failures: Failure[] = [];
  if (regions !== undefined) {
    // Residency must be provable: a deployment of unknown region is not allowed anywhere.
    if (deployment.region === undefined) failures.push({ kind: 'region', reason: `region unknown; allowed: ${regions.join(', ')}` });
    else if (!regionAllowed(deployment.region, regions)) {
      failures.push({ kind: 'region', reason: `region ${deployment.region} not in allowed ${regions.join(', ')}` });
    }
  }
  const locations = features.allowedLocations;
  if (locations !== undefined && !locations.includes(deployment.location)) {
    failures.push({ kind: 'location', reason: `location ${deployment.location} not in allowed ${locations.join(', ')}` });
  }
  return failures;
}

function priceFailures(deployment: Deployment, features: RequestFeatures): readonly Failure[] {
  const cap = features.maxPricePerMTokMicros;
  if (cap === undefined) return NONE;
  const prices = effectivePrices(deployment, features.latencyClass);
  if (prices.input === undefined || prices.output === undefined) {
    return [{ kind: 'price', reason: `price unknown; cap is ${cap} micro-USD per million tokens` }];
  }
  const highest = Math.max(prices.input, prices.output);
  return highest > cap ? [{ kind: 'price', reason: `price ${highest} > cap ${cap} micro-USD per million tokens` }] : NONE;
}

/**
 * Splits deployments into those that can serve the request and those that cannot, each of the
 * latter with every reason that applies. Runs before any strategy, so a request too long for one
 * deployment goes to a larger one instead of failing there.
 */
export function applyConstraints(deployments: readonly Deployment[], features: RequestFeatures): ConstraintResult {
  const eligible: Deployment[] = [];
  const filtered: FilteredDeployment[] = [];
  for (const deployment of deployments) {
    const capability = capabilityFailures(deployment, features);
    const size = sizeFailures(deployment, features);
    const placement = placementFailures(deployment, features);
    const price = priceFailures(deployment, features);
    if (capability.length + size.length + placement.length + price.length === 0) eligible.push(deployment);
    else {
      const failures = [...capability, ...size, ...placement, ...price];
      filtered.push({ deployment, reason: failures.map((f) => f.reason).join('; '), kinds: [...new Set(failures.map((f) => f.kind))] });
    }
  }
  return { eligible, filtered };
}
