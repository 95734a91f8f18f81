import type { GatewayConfig, TenantConfig } from '../../config/config-types.js';
import { buildGovernanceView, type GovernanceView } from '../../governance/governance-view.js';
import type { GovernanceRepository } from '../../store/governance-repository.js';
import type { Logger } from '../logger.js';
import { governanceSpecs, type GovernanceSpecs } from './governance-specs.js';

/** One consistent state: the merged view and the specs built from it. */
export interface GovernanceSnapshot {
  readonly view: GovernanceView;
  readonly specs: GovernanceSpecs;
}

/**
 * The gateway's tenants, projects, budgets and limits: aigrid.hcl ∪ the database. Rebuilt at once
 * after a change made through this process, and when polling finds the database's governance
 * revision moved (a change by the CLI or another gateway). Requests only read `current`.
 */
export class GovernanceState {
  #current: GovernanceSnapshot;
  #revision = -1;
  #timer?: NodeJS.Timeout;
  #loading: Promise<void> = Promise.resolve();
  #checking?: Promise<void>;
  #failing = false;
  #shadowed = '';

  private constructor(
    private readonly config: GatewayConfig,
    private readonly repository: GovernanceRepository,
    private readonly logger: Logger,
  ) {
    const view = buildGovernanceView(config, { tenant: [], project: [], budget: [], limit: [] });
    this.#current = { view, specs: governanceSpecs(view) };
  }

  /** Loads the stored objects, then polls every `refreshMs`. */
  static async start(config: GatewayConfig, repository: GovernanceRepository, logger: Logger): Promise<GovernanceState> {
    const state = new GovernanceState(config, repository, logger);
    await state.reload();
    state.#timer = setInterval(() => void state.refresh(), config.governanceRefreshMs);
    state.#timer.unref();
    return state;
  }

  get current(): GovernanceSnapshot {
    return this.#current;
  }

  /** A tenant from either source. */
  tenant(name: string): TenantConfig | undefined {
    const tenants = this.#current.view.tenants;
    return Object.hasOwn(tenants, name) ? tenants[name] : undefined;
  }

  /**
   * Reloads when the stored revision moved. A database outage keeps the last state; callers
   * arriving while a check is under way share it, so a hanging database never piles up polls.
   */
  refresh(): Promise<void> {
    this.#checking ??= this.#check().finally(() => (this.#checking = undefined));
    return this.#checking;
  }

  async #check(): Promise<void> {
    try {
      if ((await this.repository.revision()) !== this.#revision) await this.reload();
      else this.#recovered();
    } catch (error) {
      this.#failed(error);
    }
  }

  /** Reloads now; loads run one at a time, so an older read never replaces a newer one. */
  reload(): Promise<void> {
    this.#loading = this.#loading.catch(() => undefined).then(() => this.#load());
    return this.#loading;
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  async #load(): Promise<void> {
    // The revision is read first: a write that lands during the load moves it again and is picked up next poll.
    const revision = await this.repository.revision();
    const view = buildGovernanceView(this.config, await this.repository.load());
    this.#current = { view, specs: governanceSpecs(view, this.#current.specs) };
    this.#revision = revision;
    this.#recovered();
    const shadowed = view.shadowed.join(', ');
    if (shadowed && shadowed !== this.#shadowed) this.logger.warn('stored governance objects hidden by aigrid.hcl, which declares the same names', { objects: shadowed });
    this.#shadowed = shadowed;
  }

  #failed(error: unknown): void {
    if (!this.#failing) this.logger.warn('governance refresh failed; keeping the last tenants, budgets and limits', { error: String(error) });
    this.#failing = true;
  }

  #recovered(): void {
    if (this.#failing) this.logger.info('governance refresh recovered');
    this.#failing = false;
  }
}
