import type { Field } from './doc-builder.js';
import { mentionAll } from './mentions.js';
import { ask, businessSlot, positive, say, type Scene, spareName } from './scene.js';

/*
 * E-mails (headers, greeting, body, closing, signature) and free prose. In positives the writer
 * signs with their own name and every name and address on the page is labelled; negatives are
 * business mail signed by a team.
 */

function take(fields: Field[], type: Field['type']): Field | undefined {
  const index = fields.findIndex((f) => f.type === type);
  return index < 0 ? undefined : fields.splice(index, 1)[0];
}

function renderBusinessEmail(scene: Scene): void {
  const { r, doc, pack } = scene;
  const b = pack.business;
  if (r.chance(0.6)) {
    doc.text(`${pack.email.headers.subject}: `);
    say(scene, r.pick(b.emailSubjects));
    doc.text('\n\n');
  }
  doc.text(`${r.pick(b.emailGreetings)}\n\n`);
  const bodies = r.sample(b.emailBodies, r.int(1, 3));
  bodies.forEach((body, i) => {
    if (i > 0) doc.text(r.pick([' ', '\n\n']));
    say(scene, body);
  });
  doc.text(`\n\n${r.pick(b.emailClosings)}\n`);
  say(scene, r.pick(b.signatures));
  doc.text('\n');
}

export function renderEmail(scene: Scene): void {
  const { r, doc, pack } = scene;
  ask(scene, 'email', 0.5);
  if (!positive(scene)) return renderBusinessEmail(scene);
  const fields = [...scene.rows[0]];
  const name = take(fields, 'person_name');
  const h = pack.email.headers;
  const email = fields.some((f) => f.type === 'email') && r.chance(0.5) ? take(fields, 'email') : undefined;
  let signature = name;
  if (email) {
    doc.text(`${h.from}: `);
    const sender = name ?? spareName(scene, { nameStyle: 'full' });
    if (sender) {
      doc.slot(sender).text(' <').slot(email).text('>\n');
      signature = name ? spareName(scene, { nameStyle: 'first' }) : undefined;
    } else {
      doc.slot(email).text('\n');
    }
    doc.text(`${h.date}: ${businessSlot(scene, 'date')} ${businessSlot(scene, 'time')}\n`);
  }
  if (email || r.chance(0.5)) doc.text(`${h.subject}: ${r.pick(pack.email.subjects)}\n`);
  if (email || r.chance(0.3)) doc.text('\n');
  const recipient = r.chance(0.5) ? spareName(scene, { other: true, nameStyle: r.chance(0.5) ? 'first' : 'formal' }) : undefined;
  if (recipient) say(scene, r.pick(pack.email.namedGreetings), recipient);
  else doc.text(r.pick(pack.email.greetings));
  doc.text('\n\n');
  if (r.chance(0.6)) doc.text(r.pick(pack.email.intros) + ' ');
  mentionAll(scene, fields, r.chance(0.3) ? 1 : 0);
  if (r.chance(0.6)) doc.text(' ' + r.pick(pack.email.outros));
  doc.text(`\n\n${r.pick(pack.email.closings)}\n`);
  signature ??= spareName(scene, { nameStyle: r.chance(0.7) ? 'full' : 'first' });
  if (signature) doc.slot(signature).text('\n');
}

export function renderProse(scene: Scene): void {
  const { r, doc, pack } = scene;
  ask(scene, 'text', 0.4);
  if (!positive(scene)) {
    if (r.chance(0.3)) doc.text(`${r.pick(pack.business.headings)}\n\n`);
    const sentences = r.sample(pack.business.sentences, r.int(2, 5));
    sentences.forEach((sentence, i) => {
      if (i > 0) doc.text(r.pick([' ', ' ', '\n']));
      say(scene, sentence);
    });
    doc.text('\n');
    return;
  }
  const fields = [...scene.rows[0]];
  const name = r.chance(0.6) ? take(fields, 'person_name') : undefined;
  if (name) {
    say(scene, r.pick(pack.selfIntro), name);
    doc.text(fields.length > 0 ? ' ' : '');
  }
  if (fields.length > 0) mentionAll(scene, fields, r.int(0, 2));
  doc.text('\n');
}

