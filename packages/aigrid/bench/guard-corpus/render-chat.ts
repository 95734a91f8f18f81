import type { Field } from './doc-builder.js';
import { mention } from './mentions.js';
import { ask, positive, say, type Scene, spareName } from './scene.js';

/*
 * Chat transcripts: support chats between a customer and an agent (roles, no agent names), and
 * Slack-like team threads where the poster's display name is itself labelled.
 */

function stamp(hour: number, minute: number): string {
  return `[${hour + Math.floor(minute / 60)}:${String(minute % 60).padStart(2, '0')}] `;
}

function supportChat(scene: Scene): void {
  const { r, doc, pack } = scene;
  const { customer, agent } = pack.chat;
  const stamps = r.chance(0.5);
  const hour = r.int(8, 20);
  let minute = r.int(0, 40);
  const line = (who: string) => {
    minute += r.int(0, 2);
    doc.text(`${stamps ? stamp(hour, minute) : ''}${who}: `);
  };
  if (!positive(scene)) {
    const turns = r.int(2, 4);
    for (let i = 0; i < turns; i++) {
      line(customer);
      say(scene, r.pick(pack.business.chatCustomer));
      doc.text('\n');
      line(agent);
      say(scene, r.pick(pack.business.chatAgent));
      doc.text('\n');
    }
    return;
  }
  line(customer);
  doc.text(r.pick(pack.chat.openers) + '\n');
  line(agent);
  doc.text(r.pick(pack.chat.agentGreetings) + '\n');
  for (const field of scene.rows[0]) {
    line(customer);
    if (field.type === 'person_name' && !field.kind) say(scene, r.pick(pack.selfIntro), field);
    else mention(scene, field);
    doc.text('\n');
    line(agent);
    doc.text(r.pick(pack.chat.acks) + '\n');
  }
  line(customer);
  doc.text(r.pick(pack.chat.closers) + '\n');
}

function teamThread(scene: Scene, poster: Field | undefined): void {
  const { r, doc, pack } = scene;
  const time = `${r.int(8, 18)}:${String(r.int(0, 59)).padStart(2, '0')}`;
  const channel = r.pick(['#ops', '#backend', '#support-escalations', '#dev', '#billing']);
  doc.text(`${channel}\n`);
  if (r.chance(0.5) || !positive(scene)) {
    doc.text(`deploy-bot  ${time}\n`);
    say(scene, r.pick(pack.business.logMessages));
    doc.text('\n');
  }
  if (!positive(scene)) {
    doc.text(`${r.pick(['ci-runner', 'release-bot', 'pagerduty'])}  ${time}\n`);
    say(scene, r.pick(pack.business.chatAgent));
    doc.text('\n');
    return;
  }
  if (poster) doc.slot(poster).text(`  ${time}\n`);
  else doc.text(`${r.pick(['ops-oncall', 'guest', 'you'])}  ${time}\n`);
  const fields = scene.rows[0].filter((f) => f !== poster);
  if (fields.length === 0) say(scene, r.pick(pack.business.chatCustomer));
  fields.forEach((field, i) => {
    if (i > 0) doc.text('\n');
    mention(scene, field);
  });
  doc.text(`\n${r.pick(['thread: 2 replies', ':eyes: 1', ''])}\n`);
}

export function renderChat(scene: Scene): void {
  const { r } = scene;
  ask(scene, 'chat', 0.5);
  const slack = r.chance(0.35);
  if (!slack) return supportChat(scene);
  if (!positive(scene)) return teamThread(scene, undefined);
  const own = scene.rows[0].find((f) => f.type === 'person_name');
  teamThread(scene, own ?? spareName(scene, { nameStyle: 'full' }));
}
