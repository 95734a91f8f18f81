import type { Field } from './doc-builder.js';
import { chooseLayout, columnNames, type Entry, entriesFor, jsonEscape, keyStyle, writeEntry } from './record-entries.js';
import { ask, businessSlot, positive, type Scene } from './scene.js';

/*
 * YAML (records and service configuration, with block scalars for keys and addresses) and URL
 * query strings (raw as developers paste them, or encoded as browsers send them).
 */

function needsQuotes(text: string): boolean {
  return /^[\s!&*[\]{}>|%@`'"#,?:+-]/.test(text) || /: | #/.test(text) || /^[\d.\s/-]+$/.test(text) || /^(yes|no|on|off|true|false|null)$/i.test(text);
}

function yamlValue(scene: Scene, entry: Entry, indent: string): void {
  const { doc, r } = scene;
  if (entry.text.includes('\n')) {
    doc.text(`|\n${indent}  `);
    const write = (t: string) => t.split('\n').join(`\n${indent}  `);
    writeEntry(scene, entry, write);
    return;
  }
  const quote = needsQuotes(entry.text) || r.chance(0.2) ? r.pick(['"', "'"]) : '';
  const escape = quote === '"' ? jsonEscape : quote === "'" ? (t: string) => t.replace(/'/g, "''") : (t: string) => t;
  doc.text(quote);
  writeEntry(scene, entry, escape);
  doc.text(quote);
}

function yamlBlock(scene: Scene, entries: readonly Entry[], keys: readonly string[], indent: string, firstIndent = indent): void {
  entries.forEach((entry, i) => {
    scene.doc.text(`${i === 0 ? firstIndent : indent}${keys[i]}: `);
    yamlValue(scene, entry, indent);
    scene.doc.text('\n');
  });
}

const SECTION: Partial<Record<Field['type'], (f: Field) => [string, string, string[]]>> = {
  api_key: (f) => [f.kind ?? 'vendor', 'api_key', ['timeout: 30']],
  secret: (f) => ['database', f.name?.toLowerCase().includes('password') ? 'password' : (f.name ?? 'secret').toLowerCase(), ['host: db.internal', 'port: 5432', 'username: app']],
  private_key: () => ['tls', 'private_key', ['cert_file: /etc/ssl/certs/app.pem']],
  jwt: () => ['auth', 'token', ['issuer: https://auth.example.com']],
  ipv4: () => ['firewall', 'allow_from', ['enabled: true']],
  ipv6: () => ['firewall', 'allow_from_v6', ['enabled: true']],
  email: () => ['notifications', 'alert_email', ['on_failure: true']],
};

function renderYamlConfig(scene: Scene): void {
  const { doc, r, pack } = scene;
  doc.text(`# ${r.pick(pack.business.comments)}\n`);
  doc.text(`server:\n  port: ${businessSlot(scene, 'port')}\n  log_level: ${r.pick(['info', 'debug', 'warn'])}\n`);
  const row = positive(scene) ? scene.rows[0] : [];
  for (const field of row) {
    const [section, key, extras] = SECTION[field.type]!(field);
    doc.text(`${section}:\n${extras.map((line) => `  ${line}\n`).join('')}  ${key}: `);
    yamlValue(scene, { key, field, text: field.text }, '  ');
    doc.text('\n');
  }
  if (!positive(scene)) {
    doc.text(r.pick([
      'database:\n  host: db.internal\n  password: ${DB_PASSWORD}\n',
      'openai:\n  api_key: <your key>\n  model: gpt-4o-mini\n',
      'auth:\n  client_secret: ${OAUTH_CLIENT_SECRET}\n  issuer: https://auth.example.com\n',
    ]));
    doc.text(`feature_flags:\n  new_checkout: ${r.pick(['true', 'false'])}\n  rollout_percent: ${r.int(5, 100)}\n`);
  }
}

export function renderYaml(scene: Scene): void {
  const { r, doc } = scene;
  ask(scene, r.chance(0.5) ? 'code' : 'data');
  const configLike = positive(scene) ? scene.rows[0].every((f) => SECTION[f.type]) : r.chance(0.5);
  if (configLike && (positive(scene) || r.chance(0.6))) return renderYamlConfig(scene);
  const layout = chooseLayout(scene);
  const rows = positive(scene) ? scene.rows : [[]];
  const entries = rows.map((row) => entriesFor(scene, row, layout));
  const keys = columnNames(scene, entries[0], false, keyStyle(scene) === 'local' ? 'local' : 'snake');
  const root = positive(scene) ? r.pick(['customer', 'contact', 'user', 'employee', 'applicant']) : r.pick(['order', 'item', 'shipment']);
  if (rows.length === 1) {
    doc.text(`${root}:\n`);
    yamlBlock(scene, entries[0], keys, '  ');
  } else {
    doc.text(`${root}s:\n`);
    for (const row of entries) yamlBlock(scene, row, keys, '    ', '  - ');
  }
}

type UrlEncoding = 'raw' | 'form' | 'encoded';

function encode(text: string, how: UrlEncoding, field?: Field): string {
  if (how === 'encoded') return encodeURIComponent(text);
  if (how === 'form') return encodeURIComponent(text).replace(/%20/g, '+');
  const compact = field?.type === 'phone' || field?.type === 'credit_card' || field?.type === 'iban' ? text.replace(/[\s\u00a0\u202f\u2009]/g, '') : text;
  return compact.replace(/ /g, '+').replace(/\n/g, '%0A').replace(/&/g, '%26').replace(/#/g, '%23');
}

export function renderUrlQuery(scene: Scene): void {
  const { r, doc } = scene;
  const layout = chooseLayout(scene, 2);
  const entries = entriesFor(scene, positive(scene) ? scene.rows[0] : [], layout);
  const keys = columnNames(scene, entries, false, r.chance(0.7) ? 'snake' : 'camel');
  const how = r.weighted<UrlEncoding>([['raw', 50], ['form', 30], ['encoded', 20]]);
  const host = r.pick(['shop.example.com', 'app.example.org', 'crm.example.net', 'localhost:3000', 'portal.example.co.uk', 'www.example.de']);
  const path = r.pick(['/signup', '/checkout', '/api/v1/lookup', '/track', '/callback', '/search', '/unsubscribe']);
  const frame = r.weighted<string>([['bare', 40], ['sentence', 30], ['log', 20], ['fetch', 10]]);
  if (frame === 'sentence') ask(scene, 'code', 1);
  if (frame === 'log') doc.text(`${businessSlot(scene, 'date')} ${r.pick(['GET', 'POST'])} `);
  if (frame === 'fetch') doc.text("const res = await fetch('");
  doc.text(frame === 'log' ? path : `https://${host}${path}`);
  doc.text('?');
  entries.forEach((entry, i) => {
    doc.text(`${i > 0 ? '&' : ''}${keys[i]}=`);
    writeEntry(scene, entry, (t) => encode(t, how, entry.field));
  });
  if (r.chance(0.5)) doc.text(`&utm_source=${r.pick(['newsletter', 'google', 'partner'])}&lang=${scene.lang}`);
  if (frame === 'log') doc.text(` HTTP/1.1" ${businessSlot(scene, 'http')} ${r.int(120, 9000)}`);
  if (frame === 'fetch') doc.text("');");
  doc.text('\n');
}
