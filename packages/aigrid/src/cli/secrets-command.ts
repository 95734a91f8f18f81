import type { Command } from 'commander';
import { openStore } from '../store/open-store.js';
import { ProviderSecretRepository } from '../secrets/provider-secret-repository.js';
import { secretBoxFromEnv } from '../secrets/secret-box.js';
import { CliError, configFromFlags, formatTable, output, type ConfigFlags } from './cli-support.js';

type JsonFlags = ConfigFlags & { json?: boolean };

async function withSecrets<T>(flags: ConfigFlags, run: (secrets: ProviderSecretRepository, providers: string[]) => Promise<T>): Promise<T> {
  const config = await configFromFlags(flags);
  const store = await openStore(config.database);
  try {
    return await run(new ProviderSecretRepository(store.db, secretBoxFromEnv()), Object.keys(config.providers));
  } catch (error) {
    throw error instanceof CliError ? error : new CliError((error as Error).message);
  } finally {
    await store.close();
  }
}

async function readStdin(): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of process.stdin) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8').trim();
}

/** `aigrid secrets set|list|rotate`: provider API keys encrypted at rest (AES-256-GCM). */
export function registerSecrets(program: Command): void {
  const secrets = program.command('secrets').description('provider API keys stored encrypted (needs AIGRID_SECRET_KEY)');
  secrets
    .command('set')
    .description('store a provider API key, read from an environment variable or standard input')
    .argument('<provider>', 'provider name from the config')
    .option('--from-env <variable>', 'read the key from this environment variable')
    .option('-c, --config <file>', 'config file')
    .option('--json', 'print JSON')
    .action(async (provider: string, flags: JsonFlags & { fromEnv?: string }) => {
      await withSecrets(flags, async (repository, providers) => {
        if (!providers.includes(provider)) throw new CliError(`No provider '${provider}' in the config. Providers: ${providers.join(', ') || '(none)'}.`);
        const secret = flags.fromEnv ? process.env[flags.fromEnv]?.trim() : await readStdin();
        if (!secret) throw new CliError(flags.fromEnv ? `Environment variable ${flags.fromEnv} is empty.` : 'No key on standard input.');
        const info = await repository.set(provider, secret);
        output(flags, info, () => `Stored the key for ${provider} (encrypted with key ${info.keyId}).`);
      });
    });
  secrets
    .command('list')
    .description('list stored provider keys (never their values)')
    .option('-c, --config <file>', 'config file')
    .option('--json', 'print JSON')
    .action(async (flags: JsonFlags) => {
      await withSecrets(flags, async (repository) => {
        const infos = await repository.list();
        output(flags, infos, () => formatTable(['PROVIDER', 'ENCRYPTION KEY', 'UPDATED'], infos.map((info) => [info.provider, info.keyId, info.updatedAt])));
      });
    });
  secrets
    .command('rotate')
    .description('re-encrypt every stored key with the active AIGRID_SECRET_KEY')
    .option('-c, --config <file>', 'config file')
    .option('--json', 'print JSON')
    .action(async (flags: JsonFlags) => {
      await withSecrets(flags, async (repository) => {
        const reencrypted = await repository.rotate();
        output(flags, { reencrypted }, () => `Re-encrypted ${reencrypted} secret(s).`);
      });
    });
}
