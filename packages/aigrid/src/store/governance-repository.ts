import type { Kysely } from 'kysely';
import type { BudgetPeriod, GovernanceKind, GovernanceValues } from '../config/config-types.js';
import type { Database } from './database-types.js';

/** A stored value with its created and updated times (ISO-8601). */
export interface StoredEntity<T> {
  readonly value: T;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type GovernanceRows = { readonly [K in GovernanceKind]: readonly StoredEntity<GovernanceValues[K]>[] };

/** Tenants, projects, budgets and limits managed through the admin API or CLI. */
export interface GovernanceRepository {
  /** Raised by every write to the governance tables, from any process; gateways poll it. */
  revision(): Promise<number>;
  /** Every stored object, by kind, ordered by name. */
  load(): Promise<GovernanceRows>;
  /** Inserts a new object; undefined when the name is already taken. */
  insert<K extends GovernanceKind>(kind: K, value: GovernanceValues[K]): Promise<StoredEntity<GovernanceValues[K]> | undefined>;
  /** Replaces an object by name; undefined when there is none. */
  update<K extends GovernanceKind>(kind: K, value: GovernanceValues[K]): Promise<StoredEntity<GovernanceValues[K]> | undefined>;
  /** Deletes by name; false when there was none. */
  remove(kind: GovernanceKind, name: string): Promise<boolean>;
}

type Row = Record<string, any>;

interface Codec<T> {
  readonly table: 'tenants' | 'projects' | 'budgets' | 'limits';
  toRow(value: T): Row;
  fromRow(row: Row): T;
}

const orUndefined = <T>(value: T | null): T | undefined => value ?? undefined;

// Values come back in exactly the shape the config's block builders produce.
const CODECS: { readonly [K in GovernanceKind]: Codec<GovernanceValues[K]> } = {
  tenant: {
    table: 'tenants',
    toRow: (tenant) => ({
      name: tenant.name,
      display_name: tenant.displayName ?? null,
      allowed_regions: tenant.allowedRegions ? JSON.stringify(tenant.allowedRegions) : null,
      prices: JSON.stringify(tenant.prices),
    }),
    fromRow: (row) => ({
      name: row.name,
      displayName: orUndefined(row.display_name),
      allowedRegions: row.allowed_regions === null ? undefined : JSON.parse(row.allowed_regions),
      prices: JSON.parse(row.prices),
    }),
  },
  project: {
    table: 'projects',
    toRow: (project) => ({ name: project.name, tenant: project.tenant }),
    fromRow: (row) => ({ name: row.name, tenant: row.tenant }),
  },
  budget: {
    table: 'budgets',
    toRow: (budget) => ({ name: budget.name, scope: budget.scope, period: budget.period, amount_micros: budget.amountMicros, hard: budget.hard ? 1 : 0 }),
    fromRow: (row) => ({ name: row.name, scope: row.scope, amountMicros: Number(row.amount_micros), period: row.period as BudgetPeriod, hard: Number(row.hard) === 1 }),
  },
  limit: {
    table: 'limits',
    toRow: (limit) => ({
      name: limit.name,
      scope: limit.scope,
      requests_per_minute: limit.requestsPerMinute ?? null,
      tokens_per_minute: limit.tokensPerMinute ?? null,
      concurrent: limit.concurrent ?? null,
    }),
    fromRow: (row) => ({
      name: row.name,
      scope: row.scope,
      requestsPerMinute: orUndefined(row.requests_per_minute),
      tokensPerMinute: orUndefined(row.tokens_per_minute),
      concurrent: orUndefined(row.concurrent),
    }),
  },
};

/** Creates the repository over a migrated database. `now` is injectable for tests. */
export function createGovernanceRepository(database: Kysely<Database>, now: () => Date = () => new Date()): GovernanceRepository {
  // The four tables share name and timestamps; the codecs own the rest, so one untyped view serves all.
  const db = database as unknown as Kysely<Record<Codec<unknown>['table'], Row>>;
  const stored = <T>(codec: Codec<T>, row: Row): StoredEntity<T> => ({ value: codec.fromRow(row), createdAt: row.created_at, updatedAt: row.updated_at });
  const find = async <T>(codec: Codec<T>, name: string) => {
    const row = await db.selectFrom(codec.table).selectAll().where('name', '=', name).executeTakeFirst();
    return row && stored(codec, row);
  };
  const loadKind = async <T>(codec: Codec<T>) => (await db.selectFrom(codec.table).selectAll().orderBy('name').execute()).map((row) => stored(codec, row));

  return {
    async revision() {
      const row = await database.selectFrom('governance_revision').select('revision').where('id', '=', 1).executeTakeFirst();
      return Number(row?.revision ?? 0);
    },

    async load() {
      const [tenant, project, budget, limit] = await Promise.all([loadKind(CODECS.tenant), loadKind(CODECS.project), loadKind(CODECS.budget), loadKind(CODECS.limit)]);
      return { tenant, project, budget, limit };
    },

    async insert(kind, value) {
      const codec = CODECS[kind] as Codec<typeof value>;
      const timestamp = now().toISOString();
      const result = await db
        .insertInto(codec.table)
        .values({ ...codec.toRow(value), created_at: timestamp, updated_at: timestamp })
        .onConflict((conflict) => conflict.column('name').doNothing())
        .executeTakeFirst();
      if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) return undefined;
      return { value, createdAt: timestamp, updatedAt: timestamp };
    },

    async update(kind, value) {
      const codec = CODECS[kind] as Codec<typeof value>;
      const result = await db
        .updateTable(codec.table)
        .set({ ...codec.toRow(value), updated_at: now().toISOString() })
        .where('name', '=', value.name)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return undefined;
      return find(codec, value.name);
    },

    async remove(kind, name) {
      const result = await db.deleteFrom(CODECS[kind].table).where('name', '=', name).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
