import type { ProviderType } from '../spec/provider-presets.js';
import { applyOverride, type ModelCardOverride } from './card-override.js';
import { matchesQuery, sortCards, type CatalogQuery } from './catalog-query.js';
import type { ModelCard } from '../spec/model-card.js';
import { SHIPPED_CARDS } from './shipped-cards.js';

/** A configured model as the catalog sees it. */
export interface CatalogDeployment {
  /** Public model name. */
  readonly name: string;
  readonly providerType: ProviderType;
  readonly upstreamModel: string;
  /** Card id the config links explicitly (`card = "…"`); otherwise linked by provider type + upstream model. */
  readonly card?: string;
}

/**
 * The parts of the gateway config the catalog reads. Typed structurally so that the catalog does
 * not depend on the config module (the dependency points the other way).
 */
export interface CatalogSource {
  readonly modelCards: Readonly<Record<string, ModelCardOverride>>;
  readonly models: Readonly<Record<string, { readonly name: string; readonly provider: string; readonly upstreamModel: string; readonly card?: string }>>;
  readonly providers: Readonly<Record<string, { readonly type: ProviderType }>>;
}

/** Cards found for a comparison, and the ids that matched none. */
export interface CardComparison {
  readonly cards: readonly ModelCard[];
  readonly missing: readonly string[];
}

const offeringKey = (provider: string, model: string) => `${provider}\u0000${model}`;

/**
 * The model catalog: shipped cards with config overrides applied, indexed for lookup, and linked
 * to the configured models. Built once at start and immutable afterwards.
 */
export class Catalog {
  private readonly cards: readonly ModelCard[];
  private readonly byId = new Map<string, ModelCard>();
  private readonly byOffering = new Map<string, ModelCard>();
  private readonly links = new Map<string, ModelCard>();
  private readonly linkedModels = new Map<string, string[]>();

  constructor(cards: readonly ModelCard[], deployments: readonly CatalogDeployment[] = []) {
    this.cards = Object.freeze([...cards]);
    for (const card of cards) {
      if (this.byId.has(card.id)) throw new Error(`duplicate model card id "${card.id}"`);
      this.byId.set(card.id, card);
      for (const model of [card.model, ...card.aliases]) {
        const key = offeringKey(card.provider, model);
        if (!this.byOffering.has(key)) this.byOffering.set(key, card);
      }
    }
    for (const deployment of deployments) {
      const card = deployment.card === undefined ? this.cardFor(deployment.providerType, deployment.upstreamModel) : this.get(deployment.card);
      if (card === undefined) continue;
      this.links.set(deployment.name, card);
      const names = this.linkedModels.get(card.id) ?? [];
      names.push(deployment.name);
      this.linkedModels.set(card.id, names);
    }
  }

  /** Builds the catalog from shipped cards, the config's `model_card` blocks and its models. */
  static fromConfig(source: CatalogSource, shipped: readonly ModelCard[] = SHIPPED_CARDS): Catalog {
    const cards = new Map(shipped.map((card) => [card.id, card]));
    for (const override of Object.values(source.modelCards)) cards.set(override.id, applyOverride(cards.get(override.id), override));
    const deployments: CatalogDeployment[] = [];
    for (const model of Object.values(source.models)) {
      const provider = Object.hasOwn(source.providers, model.provider) ? source.providers[model.provider] : undefined;
      if (provider === undefined) continue;
      deployments.push({ name: model.name, providerType: provider.type, upstreamModel: model.upstreamModel, card: model.card });
    }
    return new Catalog([...cards.values()], deployments);
  }

  /** Every card, in catalog order. */
  all(): readonly ModelCard[] {
    return this.cards;
  }

  /** A card by id; `<provider>/<alias>` finds the card that lists the alias. */
  get(id: string): ModelCard | undefined {
    const direct = this.byId.get(id);
    if (direct !== undefined) return direct;
    const slash = id.indexOf('/');
    return slash > 0 ? this.byOffering.get(offeringKey(id.slice(0, slash), id.slice(slash + 1))) : undefined;
  }

  /** The card for a provider type serving an upstream model id (or one of its aliases). */
  cardFor(providerType: string, upstreamModel: string): ModelCard | undefined {
    return this.byOffering.get(offeringKey(providerType, upstreamModel));
  }

  /** The card a configured model (by public name) is linked to, if any. */
  cardForModel(name: string): ModelCard | undefined {
    return this.links.get(name);
  }

  /** Configured model names linked to a card, in config order. */
  modelsFor(id: string): readonly string[] {
    return this.linkedModels.get(id) ?? [];
  }

  /**
   * Cards matching a query, sorted (by name unless the query says otherwise). `visible` decides
   * which configured models count for `configured` (e.g. those the caller's key may use).
   */
  query(query: CatalogQuery = {}, visible: (model: string) => boolean = () => true): ModelCard[] {
    const matching = this.cards.filter(
      (card) => matchesQuery(card, query) && (query.configured === undefined || this.modelsFor(card.id).some(visible) === query.configured),
    );
    return sortCards(matching, query.sort);
  }

  /** The cards for the given ids (in the order given, duplicates dropped) and the ids not found. */
  compare(ids: readonly string[]): CardComparison {
    const cards: ModelCard[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const card = this.get(id);
      if (card === undefined) missing.push(id);
      else if (!cards.includes(card)) cards.push(card);
    }
    return { cards, missing };
  }
}
