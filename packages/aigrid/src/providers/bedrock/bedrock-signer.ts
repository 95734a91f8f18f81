import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import type { ProviderConfig } from '../../config/config-types.js';
import { GridError } from '../../spec/grid-error.js';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/**
 * The provider block's credentials, or else the standard AWS environment variables, read once
 * when the adapter is built. A key pair is taken whole from one place, never mixed.
 */
export function resolveCredentials(config: ProviderConfig, env: NodeJS.ProcessEnv = process.env): AwsCredentials | undefined {
  if (config.accessKeyId && config.secretAccessKey) {
    return { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey, sessionToken: config.sessionToken };
  }
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
    return { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, sessionToken: env.AWS_SESSION_TOKEN || undefined };
  }
  return undefined;
}

const REGION_LABEL = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** The configured region, or the one named in the host (`bedrock-runtime.<region>.amazonaws.com`, VPC and FIPS hosts too). */
export function resolveRegion(config: ProviderConfig): string {
  if (config.region) return config.region;
  const region = new URL(config.baseUrl).hostname.split('.').find((label) => REGION_LABEL.test(label));
  if (!region) throw new Error(`provider "${config.name}": set "region"; it cannot be read from base_url ${config.baseUrl}`);
  return region;
}

export interface SignerOptions {
  baseUrl: string;
  region: string;
  credentials?: AwsCredentials;
  provider: string;
  /** Injected for tests: the signing time. */
  clock?: () => Date;
}

/**
 * Signs Bedrock requests with SigV4 (service `bedrock`). It signs exactly what the client sends:
 * POST, the base URL's path plus the operation path, the host, `content-type: application/json`
 * and the body string. Returns the headers to add to the request.
 */
export class BedrockSigner {
  private readonly signer?: SignatureV4;
  private readonly url: URL;
  private readonly basePath: string;

  constructor(private readonly options: SignerOptions) {
    this.url = new URL(options.baseUrl);
    this.basePath = this.url.pathname.replace(/\/+$/, '');
    if (options.credentials) {
      this.signer = new SignatureV4({
        service: 'bedrock',
        region: options.region,
        credentials: options.credentials,
        sha256: Hash.bind(null, 'sha256'),
      });
    }
  }

  async sign(path: string, body: string): Promise<Record<string, string>> {
    if (!this.signer) {
      throw new GridError(
        'upstream_auth_failed',
        `Provider '${this.options.provider}' has no AWS credentials: set access_key_id and secret_access_key, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.`,
      );
    }
    const host = this.url.host;
    const signed = await this.signer.sign(
      {
        method: 'POST',
        protocol: this.url.protocol,
        hostname: this.url.hostname,
        port: this.url.port ? Number(this.url.port) : undefined,
        path: this.basePath + path,
        query: {},
        headers: { host, 'content-type': 'application/json' },
        body,
      },
      { signingDate: this.options.clock?.() ?? new Date() },
    );
    const { 'content-type': _contentType, ...added } = signed.headers;
    return added;
  }
}
