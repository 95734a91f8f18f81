import { chooseLayout, columnNames, type Entry, entriesFor, keyStyle, sqlEscape, writeEntry } from './record-entries.js';
import { ask, positive, type Scene } from './scene.js';

/*
 * Tabular formats: CSV (comma or semicolon, with the quoting styles spreadsheet exports use),
 * tab-separated data, markdown tables and SQL INSERT statements.
 */

function tableRows(scene: Scene): Entry[][] {
  const layout = chooseLayout(scene, 3);
  if (positive(scene)) return scene.rows.map((row) => entriesFor(scene, row, layout));
  return Array.from({ length: scene.r.int(2, 5) }, () => entriesFor(scene, [], layout));
}

export function renderCsv(scene: Scene): void {
  const { r, doc } = scene;
  ask(scene, 'data');
  const rows = tableRows(scene);
  const delimiter = scene.lang !== 'en' && r.chance(0.6) ? ';' : ',';
  const quoting = r.weighted<string>([['minimal', 55], ['all', 25], ['strings', 20]]);
  const eol = r.chance(0.15) ? '\r\n' : '\n';
  const header = columnNames(scene, rows[0], r.chance(0.5), keyStyle(scene));
  const quoted = (text: string) => quoting === 'all' || (quoting === 'strings' && !/^[\d.,-]+$/.test(text)) || text.includes(delimiter) || text.includes('"') || text.includes('\n');
  doc.text(header.map((h) => (quoting === 'all' ? `"${h}"` : h)).join(delimiter) + eol);
  for (const row of rows) {
    row.forEach((entry, i) => {
      if (i > 0) doc.text(delimiter);
      const text = entry.field ? (entry.field.prefix ?? '') + entry.field.text : entry.text;
      const q = quoted(text) ? '"' : '';
      doc.text(q);
      writeEntry(scene, entry, (t) => t.replace(/"/g, '""'));
      doc.text(q);
    });
    doc.text(eol);
  }
}

export function renderTsv(scene: Scene): void {
  const { r, doc } = scene;
  ask(scene, 'data');
  const rows = tableRows(scene);
  doc.text(columnNames(scene, rows[0], r.chance(0.6), keyStyle(scene)).join('\t') + '\n');
  for (const row of rows) {
    row.forEach((entry, i) => {
      if (i > 0) doc.text('\t');
      writeEntry(scene, entry, (t) => t.replace(/\n/g, ' '));
    });
    doc.text('\n');
  }
}

export function renderMarkdownTable(scene: Scene): void {
  const { r, doc } = scene;
  ask(scene, r.chance(0.5) ? 'data' : 'text');
  if (!positive(scene) && r.chance(0.6)) doc.text(`## ${r.pick(scene.pack.business.headings)}\n\n`);
  const rows = tableRows(scene);
  const header = columnNames(scene, rows[0], true, 'snake');
  const padded = r.chance(0.6);
  doc.text(`| ${header.join(' | ')} |\n`);
  doc.text(`|${header.map(() => (padded ? ' --- ' : '---')).join('|')}|\n`);
  for (const row of rows) {
    doc.text(padded ? '| ' : '|');
    row.forEach((entry, i) => {
      if (i > 0) doc.text(padded ? ' | ' : '|');
      writeEntry(scene, entry, (t) => t.replace(/\n/g, '<br>').replace(/\|/g, '\\|'));
    });
    doc.text(padded ? ' |\n' : '|\n');
  }
}

export function renderSql(scene: Scene): void {
  const { r, doc } = scene;
  ask(scene, 'code');
  const rows = tableRows(scene);
  const columns = columnNames(scene, rows[0], false, 'snake');
  const table = positive(scene)
    ? r.pick(['customers', 'users', 'employees', 'contacts', 'patients', 'applicants', 'payouts'])
    : r.pick(['orders', 'products', 'inventory', 'shipments', 'invoices']);
  const value = (entry: Entry) => {
    const numeric = !entry.field && /^\d+$/.test(entry.text);
    if (!numeric) doc.text("'");
    writeEntry(scene, entry, (t) => sqlEscape(t).replace(/\n/g, '\\n'));
    if (!numeric) doc.text("'");
  };
  const perRow = r.chance(0.4);
  rows.forEach((row, index) => {
    if (index === 0 || perRow) doc.text(`INSERT INTO ${table} (${columns.join(', ')}) VALUES${perRow ? ' ' : '\n  '}`);
    doc.text('(');
    row.forEach((entry, i) => {
      if (i > 0) doc.text(', ');
      value(entry);
    });
    doc.text(')');
    doc.text(perRow || index === rows.length - 1 ? ';\n' : ',\n  ');
  });
}
