import { effectivePrices } from './cost-estimate.js';
import type { Deployment, FilterKind, FilteredDeployment, RequestFeatures } from './router-types.js';

export interface ConstraintResult {
  /** Deployments that can serve the request, in their original order. */
  readonly eligible: Deployment[];
  readonly filtered: FilteredDeployment[];
}

const CAPABILITY_NAMES = { tools: 'tool calling', vision: 'image input', jsonSchema: 'JSON schema output', streaming: 'streaming' } as const;

const CAPABILITIES = Object.keys(CAPABILITY_NAMES) as Array<keyof typeof CAPABILITY_NAMES>;

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

/*
 * How it stays cheap. Reasons are joined in one fixed order — capability, context, output,
 * region, location, price — so each kind of failure is one bit and a deployment's `kinds` is the
 * set bits in that order (one shared, frozen array per combination). What depends only on the
 * deployment and on the request's needs, regions and locations (capabilities, placement) is
 * worked out once per route and such a request "shape", and kept; a deployment filtered for
 * those reasons alone gets the same frozen entry every time. Only sizes and price caps, which
 * change with every request, are checked per request, as plain number comparisons; strings are
 * built only for deployments that fail them.
 */
const CAPABILITY = 1;
const CONTEXT = 2;
const OUTPUT = 4;
const REGION = 8;
const LOCATION = 16;
const PRICE = 32;
const KIND_BITS: ReadonlyArray<readonly [number, FilterKind]> = [
  [CAPABILITY, 'capability'],
  [CONTEXT, 'context'],
  [OUTPUT, 'output'],
  [REGION, 'region'],
  [LOCATION, 'location'],
  [PRICE, 'price'],
];
const KINDS: ReadonlyArray<readonly FilterKind[]> = Array.from({ length: 64 }, (_, mask) =>
  Object.freeze(KIND_BITS.filter(([bit]) => (mask & bit) !== 0).map(([, kind]) => kind)),
);

/** `does not support …` for each capability bit missing, joined as the reasons are. */
const CAPABILITY_REASONS: ReadonlyArray<string | undefined> = Array.from({ length: 1 << CAPABILITIES.length }, (_, missing) => {
  const reasons = CAPABILITIES.filter((_, bit) => (missing & (1 << bit)) !== 0).map((name) => `does not support ${CAPABILITY_NAMES[name]}`);
  return reasons.length === 0 ? undefined : reasons.join('; ');
});

function capabilityMask(capabilities: Readonly<Record<keyof typeof CAPABILITY_NAMES, unknown>>): number {
  let mask = 0;
  for (let bit = 0; bit < CAPABILITIES.length; bit++) if (capabilities[CAPABILITIES[bit]]) mask |= 1 << bit;
  return mask;
}

/** The placement reasons of one deployment for one pair of allowed lists, as the checks word them. */
function placementReasons(deployment: Deployment, regions: readonly string[] | undefined, locations: readonly string[] | undefined) {
  const reasons: string[] = [];
  let kinds = 0;
  if (regions !== undefined) {
    // Residency must be provable: a deployment of unknown region is not allowed anywhere.
    if (deployment.region === undefined) {
      reasons.push(`region unknown; allowed: ${regions.join(', ')}`);
      kinds |= REGION;
    } else if (!regionAllowed(deployment.region, regions)) {
      reasons.push(`region ${deployment.region} not in allowed ${regions.join(', ')}`);
      kinds |= REGION;
    }
  }
  if (locations !== undefined && !locations.includes(deployment.location)) {
    reasons.push(`location ${deployment.location} not in allowed ${locations.join(', ')}`);
    kinds |= LOCATION;
  }
  return { reason: reasons.length === 0 ? undefined : reasons.join('; '), kinds };
}

/** What the capability and placement checks say about every deployment, for one request shape. */
interface ShapeVerdicts {
  readonly needs: number;
  readonly regions: readonly string[] | undefined;
  readonly locations: readonly string[] | undefined;
  /** Capability and placement kinds per deployment; 0 when both pass. */
  readonly kinds: Uint8Array;
  readonly capability: ReadonlyArray<string | undefined>;
  readonly placement: ReadonlyArray<string | undefined>;
  /** The entry of a deployment filtered for these reasons only, made on first use. */
  readonly entries: Array<FilteredDeployment | undefined>;
}

/** A route's deployments, prepared once: capability bits and the highest price per latency class. */
interface RouteFacts {
  readonly deployments: readonly Deployment[];
  readonly capabilities: Uint8Array;
  /** Highest of input and output price after the discount of the class; `priced` 0 when unknown. */
  readonly highest: Float64Array;
  readonly highestBatch: Float64Array;
  readonly priced: Uint8Array;
  readonly shapes: ShapeVerdicts[];
}

// Request shapes seen per route are few (needs × policies); this bounds them all the same.
const MAX_SHAPES = 32;

const FACTS = new WeakMap<readonly Deployment[], RouteFacts>();

function routeFacts(deployments: readonly Deployment[]): RouteFacts {
  const known = FACTS.get(deployments);
  if (known !== undefined && known.deployments.length === deployments.length && sameItems(known.deployments, deployments)) return known;
  const count = deployments.length;
  const facts: RouteFacts = {
    // A copy: the facts describe these deployments even if the array were changed later.
    deployments: deployments.slice(),
    capabilities: new Uint8Array(count),
    highest: new Float64Array(count),
    highestBatch: new Float64Array(count),
    priced: new Uint8Array(count),
    shapes: [],
  };
  for (let index = 0; index < count; index++) {
    const deployment = deployments[index];
    facts.capabilities[index] = capabilityMask(deployment.capabilities);
    const prices = effectivePrices(deployment, 'interactive');
    const batch = effectivePrices(deployment, 'batch');
    if (prices.input !== undefined && prices.output !== undefined && batch.input !== undefined && batch.output !== undefined) {
      facts.priced[index] = 1;
      facts.highest[index] = Math.max(prices.input, prices.output);
      facts.highestBatch[index] = Math.max(batch.input, batch.output);
    }
  }
  FACTS.set(deployments, facts);
  return facts;
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && sameItems(a, b);
}

function needsMask(needs: RequestFeatures['needs']): number {
  return capabilityMask(needs);
}

function shapeVerdicts(facts: RouteFacts, features: RequestFeatures): ShapeVerdicts {
  const needs = needsMask(features.needs);
  const regions = features.allowedRegions;
  const locations = features.allowedLocations;
  for (const shape of facts.shapes) {
    if (shape.needs === needs && sameList(shape.regions, regions) && sameList(shape.locations, locations)) return shape;
  }
  const count = facts.deployments.length;
  const kinds = new Uint8Array(count);
  const capability: Array<string | undefined> = new Array(count);
  const placement: Array<string | undefined> = new Array(count);
  for (let index = 0; index < count; index++) {
    const missing = needs & ~facts.capabilities[index];
    capability[index] = CAPABILITY_REASONS[missing];
    const placed = regions === undefined && locations === undefined ? undefined : placementReasons(facts.deployments[index], regions, locations);
    placement[index] = placed?.reason;
    kinds[index] = (missing === 0 ? 0 : CAPABILITY) | (placed?.kinds ?? 0);
  }
  const shape: ShapeVerdicts = {
    needs,
    regions: regions?.slice(),
    locations: locations?.slice(),
    kinds,
    capability,
    placement,
    entries: new Array(count).fill(undefined),
  };
  if (facts.shapes.length >= MAX_SHAPES) facts.shapes.shift();
  facts.shapes.push(shape);
  return shape;
}

/** `a; b` of the parts that are there. */
function joined(reason: string | undefined, part: string | undefined): string | undefined {
  return part === undefined ? reason : reason === undefined ? part : `${reason}; ${part}`;
}

/**
 * Splits deployments into those that can serve the request and those that cannot, each of the
 * latter with every reason that applies. Runs before any strategy, so a request too long for one
 * deployment goes to a larger one instead of failing there.
 *
 * Entries in `filtered` (and their `kinds`) may be shared between calls: they are frozen.
 */
export function applyConstraints(deployments: readonly Deployment[], features: RequestFeatures): ConstraintResult {
  const facts = routeFacts(deployments);
  const shape = shapeVerdicts(facts, features);
  const eligible: Deployment[] = [];
  const filtered: FilteredDeployment[] = [];
  const maxOutput = features.maxOutputTokens;
  const needed = features.estimatedInputTokens + (maxOutput ?? 0);
  const cap = features.maxPricePerMTokMicros;
  const highest = features.latencyClass === 'batch' ? facts.highestBatch : facts.highest;
  let detail: string | undefined;
  for (let index = 0; index < deployments.length; index++) {
    const deployment = deployments[index];
    // An unknown context window or output limit is never filtered on: unknown is not "too small".
    const window = deployment.contextWindow;
    const outputLimit = deployment.maxOutputTokens;
    let kinds = shape.kinds[index];
    if (window !== undefined && needed > window) kinds |= CONTEXT;
    if (maxOutput !== undefined && outputLimit !== undefined && maxOutput > outputLimit) kinds |= OUTPUT;
    if (cap !== undefined && (facts.priced[index] === 0 || highest[index] > cap)) kinds |= PRICE;
    if (kinds === 0) {
      eligible.push(deployment);
      continue;
    }
    if ((kinds & (CONTEXT | OUTPUT | PRICE)) === 0) {
      let entry = shape.entries[index];
      if (entry === undefined) {
        const reason = joined(shape.capability[index], shape.placement[index]) as string;
        entry = shape.entries[index] = Object.freeze({ deployment, reason, kinds: KINDS[kinds] });
      }
      filtered.push(entry);
      continue;
    }
    let context: string | undefined;
    if ((kinds & CONTEXT) !== 0) {
      detail ??= maxOutput === undefined ? 'input' : `input + ${maxOutput} output`;
      context = `context window ${window} < ${needed} tokens needed (${detail})`;
    }
    const output = (kinds & OUTPUT) !== 0 ? `max output ${outputLimit} < ${maxOutput} tokens requested` : undefined;
    let price: string | undefined;
    if ((kinds & PRICE) !== 0) {
      price =
        facts.priced[index] === 0
          ? `price unknown; cap is ${cap} micro-USD per million tokens`
          : `price ${highest[index]} > cap ${cap} micro-USD per million tokens`;
    }
    const reason = joined(joined(joined(joined(shape.capability[index], context), output), shape.placement[index]), price) as string;
    filtered.push({ deployment, reason, kinds: KINDS[kinds] });
  }
  return { eligible, filtered };
}
