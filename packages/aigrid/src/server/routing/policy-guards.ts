import type { GuardConfig, PolicyConfig } from '../../config/config-types.js';
import { BUILTIN_DETECTOR_IDS, createClassifier, type Classifier } from '../../guard/guard.js';

/**
 * The detectors a policy scans with: `detectors` (all built-in and guard-block ones when unset)
 * less `skip_detectors`. Throws for a name that is neither a built-in id nor a guard pattern or
 * dictionary, so a gateway never starts with a policy it would enforce differently than written.
 */
export function effectiveDetectors(policy: PolicyConfig, guard: GuardConfig): string[] {
  const custom = [...Object.keys(guard.patterns), ...Object.keys(guard.dictionaries)];
  const known = new Set([...BUILTIN_DETECTOR_IDS, ...custom]);
  for (const name of [...(policy.detectors ?? []), ...(policy.skipDetectors ?? [])]) {
    if (!known.has(name)) throw new Error(`policy "${policy.name}": guard detector "${name}" is unknown; known detectors: ${[...known].join(', ')}`);
  }
  const on = policy.detectors ?? [...BUILTIN_DETECTOR_IDS, ...custom];
  const off = new Set(policy.skipDetectors ?? []);
  return on.filter((name) => !off.has(name));
}

function compile(detectors: readonly string[] | undefined, guard: GuardConfig): Classifier {
  const wanted = detectors && new Set(detectors);
  const included = (name: string) => wanted === undefined || wanted.has(name);
  return createClassifier({
    ...(wanted ? { detectors: BUILTIN_DETECTOR_IDS.filter(included) } : {}),
    patterns: Object.entries(guard.patterns).filter(([name]) => included(name)).map(([name, pattern]) => ({ name, pattern })),
    dictionaries: Object.entries(guard.dictionaries).filter(([name]) => included(name)).map(([name, terms]) => ({ name, terms })),
  });
}

/**
 * One compiled classifier per distinct set of detectors the policies switch on, built once at
 * start: a detector a policy switches off costs its requests nothing. Policies that leave the
 * detectors alone share the classifier with every detector.
 */
export class PolicyGuards {
  private constructor(
    private readonly byPolicy: ReadonlyMap<string, Classifier>,
    /** Every built-in detector plus the guard block's patterns and dictionaries. */
    readonly all: Classifier,
  ) {}

  static compile(policies: readonly PolicyConfig[], guard: GuardConfig): PolicyGuards {
    const all = compile(undefined, guard);
    const bySet = new Map<string, Classifier>();
    const byPolicy = new Map<string, Classifier>();
    for (const policy of policies) {
      if (!policy.detectors && !policy.skipDetectors) continue;
      const detectors = effectiveDetectors(policy, guard);
      const key = [...detectors].sort().join(',');
      let classifier = bySet.get(key);
      if (!classifier) {
        classifier = compile(detectors, guard);
        bySet.set(key, classifier);
      }
      byPolicy.set(policy.name, classifier);
    }
    return new PolicyGuards(byPolicy, all);
  }

  /** The classifier `policy` scans with. */
  for(policy: PolicyConfig): Classifier {
    return this.byPolicy.get(policy.name) ?? this.all;
  }
}
