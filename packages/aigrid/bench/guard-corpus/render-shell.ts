import type { Field } from './doc-builder.js';
import { jsonEscape } from './record-entries.js';
import { captionKeyOf, machineKey } from './record-keys.js';
import { ask, businessSlot, positive, type Scene } from './scene.js';

/*
 * Shell material: .env files (secrets next to harmless settings, placeholders in negatives) and
 * curl commands with keys in headers, basic auth, or personal data in a JSON body.
 */

const ENV_NAMES: Partial<Record<Field['type'], readonly string[]>> = {
  jwt: ['AUTH_TOKEN', 'SERVICE_JWT', 'ACCESS_TOKEN'],
  private_key: ['PRIVATE_KEY', 'JWT_PRIVATE_KEY', 'GITHUB_APP_PRIVATE_KEY'],
  ipv4: ['ALLOWED_IP', 'TRUSTED_PROXY', 'ADMIN_IP'],
  ipv6: ['ALLOWED_IPV6', 'UPSTREAM_ADDR'],
  email: ['ADMIN_EMAIL', 'ALERT_EMAIL', 'SMTP_USER'],
  phone: ['ALERT_SMS_TO', 'ONCALL_PHONE'],
};

function envLine(scene: Scene, field: Field): void {
  const { doc, r } = scene;
  if (field.type === 'secret' && r.chance(0.25)) {
    doc.text(`DATABASE_URL=postgres://app_user:`).slot(field).text(`@db.internal:5432/shop\n`);
    return;
  }
  const name = field.type === 'api_key' || field.type === 'secret' ? field.name! : r.pick(ENV_NAMES[field.type] ?? ['VALUE']);
  doc.text(`${r.chance(0.1) ? 'export ' : ''}${name}=`);
  if (field.type === 'private_key') {
    const escaped = r.chance(0.5);
    doc.text('"').value(field.type, escaped ? field.text.replace(/\n/g, '\\n') : field.text).text('"\n');
    return;
  }
  const q = r.weighted<string>([['', 60], ['"', 30], ["'", 10]]);
  doc.text(q).slot(field).text(q + '\n');
}

export function renderEnv(scene: Scene): void {
  const { doc, r, pack } = scene;
  ask(scene, 'code', 0.5);
  doc.text(`# ${r.pick(pack.business.comments)}\n`);
  const settings = [`NODE_ENV=${r.pick(['production', 'staging', 'development'])}`, `PORT=${businessSlot(scene, 'port')}`, `LOG_LEVEL=${r.pick(['info', 'debug'])}`, 'REDIS_URL=redis://localhost:6379/0', `APP_VERSION=${businessSlot(scene, 'version')}`];
  for (const line of r.sample(settings, r.int(1, 3))) doc.text(line + '\n');
  if (!positive(scene)) {
    const placeholders = ['OPENAI_API_KEY=<your key>', 'OPENAI_API_KEY=', 'STRIPE_SECRET_KEY=sk_test_...', 'DB_PASSWORD=${DB_PASSWORD}', 'JWT_SECRET=changeme', 'DATABASE_URL=postgres://localhost:5432/app', 'GITHUB_TOKEN=$(gh auth token)', 'AWS_REGION=eu-central-1', 'SENTRY_DSN=', 'API_BASE_URL=https://api.example.com'];
    for (const line of r.sample(placeholders, r.int(2, 5))) doc.text(line + '\n');
    return;
  }
  for (const field of scene.rows[0]) {
    envLine(scene, field);
    if (field.kind === 'aws' && scene.spare > 0) {
      scene.spare -= 1;
      doc.text('AWS_SECRET_ACCESS_KEY=').slot(scene.extra('secret')).text('\n');
    }
  }
}

const shellJson = (t: string) => jsonEscape(t).replace(/'/g, "'\\''");

function curlForKey(scene: Scene, key: Field): void {
  const { doc } = scene;
  switch (key.kind) {
    case 'anthropic':
      doc.text('curl https://api.anthropic.com/v1/messages \\\n  -H "x-api-key: ').slot(key).text('" \\\n  -H "anthropic-version: 2023-06-01" \\\n  -H "content-type: application/json" \\\n  -d \'{"model": "claude-sonnet-4-5", "max_tokens": 256, "messages": [{"role": "user", "content": "ping"}]}\'\n');
      return;
    case 'stripe':
      doc.text('curl https://api.stripe.com/v1/charges \\\n  -u ').slot(key).text(`: \\\n  -d amount=${scene.r.int(500, 9000)} \\\n  -d currency=eur\n`);
      return;
    case 'github':
      doc.text('curl -H "Authorization: token ').slot(key).text('" https://api.github.com/user/repos\n');
      return;
    case 'google':
      doc.text('curl "https://maps.googleapis.com/maps/api/geocode/json?address=Rotterdam&key=').slot(key).text('"\n');
      return;
    case 'slack':
      doc.text('curl -X POST https://slack.com/api/chat.postMessage \\\n  -H "Authorization: Bearer ').slot(key).text('" \\\n  -d channel=C024BE91L -d text=hello\n');
      return;
    case 'aws':
      doc.text('curl --aws-sigv4 "aws:amz:eu-central-1:s3" --user "').slot(key).text(':$AWS_SECRET_ACCESS_KEY" https://my-bucket.s3.amazonaws.com/\n');
      return;
    default:
      doc.text('curl https://api.openai.com/v1/chat/completions \\\n  -H "Authorization: Bearer ').slot(key).text('" \\\n  -H "Content-Type: application/json" \\\n  -d \'{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hello"}]}\'\n');
  }
}

export function renderCurl(scene: Scene): void {
  const { doc, r } = scene;
  ask(scene, 'code', 0.6);
  if (!positive(scene)) {
    doc.text(r.pick([
      `curl -s https://api.example.com/v1/orders/${r.int(100000, 999999)} -H "Authorization: Bearer $API_TOKEN"\n`,
      `curl -X POST https://api.example.com/v1/shipments -H 'Content-Type: application/json' -d '{"sku": "${businessSlot(scene, 'sku')}", "qty": ${businessSlot(scene, 'qty')}}'\n`,
      `curl -u "$API_USER:$API_PASSWORD" https://api.example.com/v2/invoices?status=open\n`,
      `curl -i http://localhost:${businessSlot(scene, 'port')}/health\n`,
    ]));
    return;
  }
  const fields = [...scene.rows[0]];
  const auth = fields.find((f) => f.type === 'api_key' || f.type === 'jwt' || f.type === 'secret');
  const body = fields.filter((f) => f !== auth);
  if (auth?.type === 'api_key' && body.length === 0) return curlForKey(scene, auth);
  doc.text(`curl -X POST https://api.example.com/${r.pick(['v1/customers', 'v2/users', 'api/contacts', 'v1/payouts'])}`);
  if (auth?.type === 'jwt') doc.text(' \\\n  -H "Authorization: Bearer ').slot(auth).text('"');
  else if (auth?.type === 'api_key') doc.text(' \\\n  -H "X-API-Key: ').slot(auth).text('"');
  else if (auth) doc.text(' \\\n  -u admin:').slot(auth);
  const ip = body.find((f) => f.type === 'ipv4' || f.type === 'ipv6');
  if (ip) doc.text(' \\\n  -H "X-Forwarded-For: ').slot(ip).text('"');
  const data = body.filter((f) => f !== ip);
  if (data.length > 0) {
    doc.text(" \\\n  -H 'Content-Type: application/json' \\\n  -d '{");
    data.forEach((field, i) => {
      doc.text(`${i > 0 ? ', ' : ''}"${machineKey(captionKeyOf(field), scene.pack, 'snake', r, field)}": "`);
      if (field.prefix) doc.text(shellJson(field.prefix));
      doc.value(field.type, shellJson(field.text)).text('"');
    });
    doc.text("}'");
  }
  doc.text('\n');
}
