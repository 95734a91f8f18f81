import { chooseLayout, columnNames, type Entry, entriesFor, htmlEscape, jsonEscape, keyStyle, writeEntry } from './record-entries.js';
import { humanCaption } from './record-keys.js';
import { ask, positive, type Scene } from './scene.js';
import { NBSP } from './text-noise.js';

/*
 * Single-record formats: key: value forms, JSON objects and API payloads, and HTML forms.
 * (YAML and URL query strings live in render-config.ts.)
 */

function rowsAsEntries(scene: Scene, max = 3): Entry[][] {
  const layout = chooseLayout(scene, max);
  const rows = positive(scene) ? scene.rows : [[]];
  return rows.map((row) => entriesFor(scene, row, layout));
}

export function renderKeyValue(scene: Scene): void {
  const { r, doc } = scene;
  ask(scene, 'data');
  const entries = rowsAsEntries(scene, 4)[0];
  const sep = scene.lang === 'fr' && r.chance(0.5) ? `${NBSP}: ` : r.pick([': ', ': ', ':', ':\t', ' = ', ' - ', '\t', ' | ']);
  const captions = entries.map((entry) => humanCaption(entry.key, scene.pack, r));
  const width = r.chance(0.3) ? Math.max(...captions.map((c) => c.length)) + 1 : 0;
  if (!positive(scene) && r.chance(0.5)) doc.text(`${r.pick(scene.pack.business.headings)}\n`);
  entries.forEach((entry, i) => {
    const bullet = r.chance(0.15) ? '- ' : '';
    const multiline = entry.text.includes('\n');
    doc.text(bullet + captions[i].padEnd(width) + (multiline ? ':\n' : sep));
    writeEntry(scene, entry);
    doc.text('\n');
  });
}

function jsonObject(scene: Scene, entries: readonly Entry[], keys: readonly string[], indent: string, pretty: boolean): void {
  const { doc, r } = scene;
  const nl = pretty ? '\n' : '';
  const pad = pretty ? indent + '  ' : '';
  doc.text('{' + nl);
  entries.forEach((entry, i) => {
    const numeric = !entry.field && /^\d+$/.test(entry.text) && r.chance(0.7);
    doc.text(`${pad}"${keys[i]}":${pretty ? ' ' : ''}${numeric ? '' : '"'}`);
    writeEntry(scene, entry, jsonEscape);
    doc.text((numeric ? '' : '"') + (i < entries.length - 1 ? ',' : '') + nl);
  });
  doc.text((pretty ? indent : '') + '}');
}

export function renderJson(scene: Scene): void {
  const { r, doc } = scene;
  ask(scene, r.chance(0.5) ? 'data' : 'code');
  const rows = rowsAsEntries(scene);
  const keys = columnNames(scene, rows[0], false, keyStyle(scene));
  const pretty = r.chance(0.7);
  if (r.chance(0.2)) {
    const path = positive(scene) ? r.pick(['/api/v1/customers', '/v2/users', '/signup', '/api/orders/checkout']) : r.pick(['/api/v1/orders', '/v2/inventory', '/api/products']);
    doc.text(`${r.pick(['POST', 'PUT', 'PATCH'])} ${path} HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\n\n`);
  }
  const single = positive(scene) ? ['', '', '{"customer": ', '{"user": ', '{"payload": '] : ['', '', '{"item": ', '{"order": '];
  const wrapper = r.pick(rows.length > 1 ? ['[', '{"data": [', '{"results": ['] : single);
  const list = wrapper.endsWith('[');
  doc.text(wrapper + (list && pretty ? '\n  ' : ''));
  rows.forEach((entries, i) => {
    jsonObject(scene, entries, keys, list && pretty ? '  ' : '', pretty);
    if (i < rows.length - 1) doc.text(',' + (pretty ? '\n  ' : ''));
  });
  const close = wrapper === '' ? '' : list ? (wrapper.startsWith('{') ? ']}' : ']') : '}';
  doc.text((list && pretty ? '\n' : '') + close + '\n');
}

export function renderHtmlForm(scene: Scene): void {
  const { r, doc } = scene;
  ask(scene, r.chance(0.6) ? 'code' : 'data');
  const entries = rowsAsEntries(scene, 3)[0];
  const style = r.pick(['form', 'table', 'paragraphs']);
  const keys = columnNames(scene, entries, false, r.chance(0.5) ? 'snake' : 'camel');
  const captions = columnNames(scene, entries, true, 'snake');
  if (style === 'form') doc.text(`<form method="post" action="${r.pick(['/checkout', '/account/update', '/register', '/contact'])}">\n`);
  else if (style === 'table') doc.text('<table class="details">\n');
  else doc.text('<div class="card">\n');
  entries.forEach((entry, i) => {
    const multiline = entry.text.includes('\n');
    if (style === 'form') {
      doc.text(`  <label for="${keys[i]}">${htmlEscape(captions[i])}</label>\n  `);
      if (multiline) {
        doc.text(`<textarea id="${keys[i]}" name="${keys[i]}">`);
        writeEntry(scene, entry, htmlEscape);
        doc.text('</textarea>\n');
      } else {
        doc.text(`<input type="${entry.field?.type === 'email' ? 'email' : entry.field?.type === 'phone' ? 'tel' : 'text'}" id="${keys[i]}" name="${keys[i]}" value="`);
        writeEntry(scene, entry, htmlEscape);
        doc.text('">\n');
      }
    } else if (style === 'table') {
      doc.text(`  <tr><th>${htmlEscape(captions[i])}</th><td>`);
      writeEntry(scene, entry, (t) => htmlEscape(t).replace(/\n/g, '<br>'));
      doc.text('</td></tr>\n');
    } else {
      doc.text(`  <p><strong>${htmlEscape(captions[i])}:</strong> `);
      writeEntry(scene, entry, (t) => htmlEscape(t).replace(/\n/g, '<br>\n'));
      doc.text('</p>\n');
    }
  });
  if (style === 'form') doc.text(`  <button type="submit">OK</button>\n</form>\n`);
  else doc.text(style === 'table' ? '</table>\n' : '</div>\n');
}
