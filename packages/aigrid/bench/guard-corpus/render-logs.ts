import { Doc, type Field } from './doc-builder.js';
import { jsonEscape } from './record-entries.js';
import { captionKeyOf, machineKey } from './record-keys.js';
import { ask, businessSlot, positive, say, type Scene } from './scene.js';

/*
 * Application logs: JSON lines as structured loggers write them, and plain text (app loggers with
 * key=value pairs, web server access logs, syslog). Lines without personal data sit in between.
 */

const EVENTS = ['user.updated', 'login succeeded', 'payment failed', 'profile saved', 'password reset requested', 'checkout started', 'auth token issued', 'webhook rejected'];
const SERVICES = ['api', 'checkout', 'auth', 'billing', 'worker', 'gateway'];

function timestamp(scene: Scene, step: number, iso: boolean): string {
  const { r } = scene;
  const second = (step * 7 + r.int(0, 6)) % 60;
  const base = `2025-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  const time = `${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(second).padStart(2, '0')}`;
  return iso ? `${base}T${time}.${r.digits(3)}Z` : `${base} ${time},${r.digits(3)}`;
}

/** A log message from the language pack, rendered on the side (it never carries labels). */
function noiseMessage(scene: Scene): string {
  const probe: Scene = { ...scene, doc: new Doc() };
  say(probe, scene.r.pick(scene.pack.business.logMessages));
  return probe.doc.toString();
}

export function renderLogJson(scene: Scene): void {
  const { r, doc } = scene;
  ask(scene, 'log', 0.45);
  const camel = r.chance(0.3);
  const rows = positive(scene) ? scene.rows : [];
  const lines = rows.length + r.int(positive(scene) ? 0 : 2, 3);
  const at = new Set(r.sample([...Array(lines).keys()], rows.length));
  let next = 0;
  for (let i = 0; i < lines; i++) {
    const ts = `"${camel ? 'timestamp' : 'ts'}":"${timestamp(scene, i, true)}"`;
    const level = r.weighted<string>([['info', 60], ['warn', 20], ['error', 15], ['debug', 5]]);
    doc.text(`{${ts},"level":"${level}","service":"${r.pick(SERVICES)}",`);
    if (at.has(i)) {
      const row = rows[next++];
      doc.text(`"msg":"${r.pick(EVENTS)}","request_id":"${businessSlot(scene, 'uuid')}"`);
      for (const field of row) writeJsonField(scene, field, camel);
    } else {
      doc.text(`"msg":"${jsonEscape(noiseMessage(scene))}","duration_ms":${r.int(2, 4000)}`);
    }
    doc.text('}\n');
  }
}

function writeJsonField(scene: Scene, field: Field, camel: boolean): void {
  const key = machineKey(captionKeyOf(field), scene.pack, camel ? 'camel' : 'snake', scene.r, field);
  scene.doc.text(`,"${key}":"`);
  if (field.prefix) scene.doc.text(jsonEscape(field.prefix));
  scene.doc.value(field.type, jsonEscape(field.text));
  scene.doc.text('"');
}

function plainPairs(scene: Scene, row: readonly Field[]): void {
  const { r, doc } = scene;
  const joiner = r.pick([' ', ', ', '; ', ' | ', '\t']);
  const quote = r.chance(0.3) ? '"' : '';
  row.forEach((field, i) => {
    const key = machineKey(captionKeyOf(field), scene.pack, 'snake', r, field);
    doc.text(`${i > 0 ? joiner : ''}${key}=${quote}`);
    doc.slot(field);
    doc.text(quote);
  });
}

function accessLine(scene: Scene, ip: Field | undefined, rest: readonly Field[], step: number): void {
  const { r, doc } = scene;
  if (ip) doc.value(ip.type, ip.text);
  else doc.text('-');
  const day = `${String(r.int(1, 28)).padStart(2, '0')}/${r.pick(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])}/2025`;
  doc.text(` - - [${day}:${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(step).padStart(2, '0')} +0000] "GET ${r.pick(['/api/v1/orders', '/account', '/search'])}`);
  rest.forEach((field, i) => {
    doc.text(`${i === 0 ? '?' : '&'}${machineKey(captionKeyOf(field), scene.pack, 'snake', r, field)}=`);
    doc.value(field.type, encodeURIComponent(field.text));
  });
  doc.text(` HTTP/1.1" ${businessSlot(scene, 'http')} ${r.int(200, 90000)} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"\n`);
}

export function renderLogPlain(scene: Scene): void {
  const { r, doc } = scene;
  ask(scene, 'log', 0.45);
  const rows = positive(scene) ? scene.rows : [];
  const lines = rows.length + r.int(positive(scene) ? 0 : 2, 3);
  const at = new Set(r.sample([...Array(lines).keys()], rows.length));
  const access = rows.length > 0 && rows[0].some((f) => f.type === 'ipv4' || f.type === 'ipv6') && r.chance(0.5);
  let next = 0;
  for (let i = 0; i < lines; i++) {
    if (at.has(i)) {
      const row = rows[next++];
      const ip = row.find((f) => f.type === 'ipv4' || f.type === 'ipv6');
      if (access) {
        accessLine(scene, ip, row.filter((f) => f !== ip && !f.text.includes('\n')), i);
        continue;
      }
      const level = r.pick(['INFO ', 'WARN ', 'ERROR', 'DEBUG']);
      doc.text(`${timestamp(scene, i, false)} ${level} [${r.pick(['main', 'http-nio-8080-exec-3', 'worker-2', 'pool-1-thread-4'])}] ${r.pick(['c.e.UserService', 'app.auth', 'billing.PaymentHandler', 'CheckoutController'])} - ${r.pick(EVENTS)} `);
      plainPairs(scene, row);
      doc.text('\n');
    } else {
      doc.text(`${timestamp(scene, i, false)} ${r.pick(['INFO ', 'WARN '])} [${r.pick(['main', 'scheduler'])}] ${r.pick(['app.jobs', 'OrderService', 'cache'])} - ${noiseMessage(scene)}\n`);
    }
  }
}
