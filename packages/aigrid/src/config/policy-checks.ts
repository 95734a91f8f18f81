import { defaultLocation } from '../spec/provider-presets.js';
import type { BlockIssue } from './block-issue.js';
import type { ConfigVocabulary, GatewayConfig, PolicyConfig } from './config-types.js';
import { didYouMean } from './name-suggestion.js';

/*
 * Checks of a policy against the rest of the config: a policy the gateway cannot enforce is
 * refused at load (and so by `aigrid config check`), not discovered on the first sensitive request.
 */

const LOCAL_HINT = 'add a deployment with location = "local" or "edge", or one on a local engine such as ollama; or use on_sensitive = "block"';

const publicNames = (config: GatewayConfig) => [...Object.keys(config.models), ...Object.keys(config.routes)];

const quoted = (names: readonly string[], most = 5) =>
  names.slice(0, most).map((name) => `"${name}"`).join(', ') + (names.length > most ? ` and ${names.length - most} more` : '');

/** Whether a public name has a deployment that a local-only policy may use. */
function servesLocally(name: string, config: GatewayConfig): boolean {
  const typeOf = (provider: string) => (Object.hasOwn(config.providers, provider) ? config.providers[provider].type : undefined);
  const isLocal = (location: string | undefined, provider: string) => {
    const type = typeOf(provider);
    const where = location ?? (type === undefined ? 'cloud' : defaultLocation(type));
    return where === 'local' || where === 'edge';
  };
  if (Object.hasOwn(config.routes, name)) return config.routes[name].deployments.some((deployment) => isLocal(deployment.location, deployment.provider));
  return Object.hasOwn(config.models, name) && isLocal(undefined, config.models[name].provider);
}

function unknownRoutes(policy: PolicyConfig, names: readonly string[]): BlockIssue[] {
  return (policy.routes ?? [])
    .filter((route) => !names.includes(route))
    .map((route) => ({ path: ['routes'], message: `policy "${policy.name}": no model or route is named "${route}"`, hint: didYouMean(route, names) }));
}

/** Detector names must be known; one may not be switched both on and off, nor every one off. */
function detectorIssues(policy: PolicyConfig, config: GatewayConfig, vocabulary: ConfigVocabulary): BlockIssue[] {
  const issues: BlockIssue[] = [];
  const subject = `policy "${policy.name}"`;
  const known = vocabulary.detectors && [...vocabulary.detectors, ...Object.keys(config.guard.patterns), ...Object.keys(config.guard.dictionaries)];
  if (known) {
    for (const [attribute, names] of [['detectors', policy.detectors], ['skip_detectors', policy.skipDetectors]] as const) {
      for (const name of names ?? []) {
        if (known.includes(name)) continue;
        issues.push({ path: [attribute], message: `${subject}: ${attribute} names an unknown detector "${name}"`, hint: didYouMean(name, known) ?? `known detectors: ${known.join(', ')}` });
      }
    }
  }
  const both = (policy.skipDetectors ?? []).filter((name) => policy.detectors?.includes(name));
  if (both.length > 0) {
    issues.push({ path: ['skip_detectors'], message: `${subject}: ${quoted(both)} ${both.length === 1 ? 'is' : 'are'} in both detectors and skip_detectors`, hint: 'a detector is either switched on or switched off' });
  } else if (known && !policy.detectors && policy.skipDetectors && known.every((name) => policy.skipDetectors!.includes(name))) {
    issues.push({ path: ['skip_detectors'], message: `${subject}: skip_detectors switches off every detector`, hint: 'use on_sensitive = "allow", or remove the policy' });
  }
  return issues;
}

/**
 * `on_uncertain` belongs to local-only policies. A local-only policy must have a local deployment
 * to send to: on every route it names (an error), or, covering every route, on at least one (an
 * error when none has one, a warning naming those without, whose sensitive requests are refused).
 */
function localOnlyIssues(policy: PolicyConfig, config: GatewayConfig, names: readonly string[]): BlockIssue[] {
  const subject = `policy "${policy.name}"`;
  if (policy.onSensitive !== 'local-only') {
    if (policy.onUncertain === undefined) return [];
    return [{ path: ['on_uncertain'], message: `${subject}: on_uncertain applies to local-only policies only (on_sensitive is "${policy.onSensitive}")`, hint: 'remove on_uncertain, or set on_sensitive = "local-only"' }];
  }
  const keeps = `${subject} keeps sensitive requests on local deployments`;
  if (policy.routes) {
    return policy.routes
      .filter((route) => names.includes(route) && !servesLocally(route, config))
      .map((route) => ({ path: ['routes'], message: `${keeps}, but "${route}" has no local or edge deployment`, hint: LOCAL_HINT }));
  }
  const without = names.filter((name) => !servesLocally(name, config));
  if (without.length === 0) return [];
  if (without.length === names.length) {
    return [{ path: ['on_sensitive'], message: `${keeps}, but no model or route has a local or edge deployment`, hint: LOCAL_HINT }];
  }
  return [{
    path: ['on_sensitive'],
    warning: true,
    message: `${keeps} and covers every route; sensitive requests to ${quoted(without)} will be refused (no local or edge deployment)`,
    hint: 'list the routes it should cover in routes = [...]',
  }];
}

/** Cross-block checks of one policy block; see the functions above. */
export function checkPolicy(policy: PolicyConfig, config: GatewayConfig, vocabulary: ConfigVocabulary): BlockIssue[] {
  const names = publicNames(config);
  return [...unknownRoutes(policy, names), ...detectorIssues(policy, config, vocabulary), ...localOnlyIssues(policy, config, names)];
}
