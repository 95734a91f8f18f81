import type { Field } from './doc-builder.js';
import { jsonEscape } from './record-entries.js';
import { captionKeyOf, machineKey } from './record-keys.js';
import { ask, businessSlot, positive, say, type Scene } from './scene.js';

/*
 * Source code: test fixtures and config modules in JavaScript, Python, Java and Go, and
 * application.properties files. (.env files and curl commands live in render-shell.ts.)
 */

type CodeLang = 'js' | 'py' | 'java' | 'go' | 'properties';

const comment = (lang: CodeLang, text: string) => (lang === 'py' || lang === 'properties' ? `# ${text}` : `// ${text}`);

function quoteFor(lang: CodeLang): [string, (t: string) => string] {
  if (lang === 'js') return ["'", (t) => t.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')];
  if (lang === 'properties') return ['', (t) => t.replace(/\n/g, '\\n')];
  return ['"', jsonEscape];
}

function writeValue(scene: Scene, field: Field, lang: CodeLang): void {
  const { doc, r } = scene;
  if (lang === 'js' && field.text.includes('\n') && r.chance(0.6)) {
    doc.text('`').slot(field).text('`');
    return;
  }
  const [q, escape] = quoteFor(lang);
  doc.text(q);
  if (field.prefix) doc.text(escape(field.prefix));
  doc.value(field.type, escape(field.text));
  doc.text(q);
}

function constName(field: Field): string {
  if (field.type === 'api_key') return field.name ?? 'API_KEY';
  if (field.type === 'secret') return field.name ?? 'SECRET_KEY';
  if (field.type === 'private_key') return 'PRIVATE_KEY';
  if (field.type === 'jwt') return 'SERVICE_TOKEN';
  if (field.type === 'ipv4') return 'ALLOWED_IP';
  if (field.type === 'ipv6') return 'UPSTREAM_IPV6';
  return captionKeyOf(field).toUpperCase();
}

/** Secrets as module constants or client constructors. */
function configModule(scene: Scene, lang: CodeLang, fields: readonly Field[]): void {
  const { doc, r } = scene;
  for (const field of fields) {
    const name = constName(field);
    if (lang === 'js') doc.text(r.chance(0.5) ? `export const ${name} = ` : `const ${name.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())} = `);
    else if (lang === 'py') doc.text(`${name} = `);
    else if (lang === 'java') doc.text(`    private static final String ${name} = `);
    else if (lang === 'go') doc.text(`\t${name.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())} := `);
    else doc.text(`app.${name.toLowerCase().replace(/_/g, '.')}=`);
    writeValue(scene, field, lang);
    doc.text(lang === 'js' || lang === 'java' ? ';\n' : '\n');
  }
}

/** Personal data as a test fixture object. */
function fixture(scene: Scene, lang: CodeLang, fields: readonly Field[]): void {
  const { doc, r } = scene;
  const camel = lang === 'js' || lang === 'java';
  const style = camel ? 'camel' : 'snake';
  if (lang === 'js') doc.text(`export const ${r.pick(['testCustomer', 'sampleUser', 'fixtureContact', 'mockApplicant'])} = {\n`);
  else if (lang === 'py') doc.text(`${r.pick(['TEST_CUSTOMER', 'SAMPLE_USER', 'fixture_contact'])} = {\n`);
  else if (lang === 'go') doc.text('var sampleUser = User{\n');
  else if (lang === 'java') doc.text('    Customer customer = Customer.builder()\n');
  fields.forEach((field) => {
    const key = machineKey(captionKeyOf(field), scene.pack, style, r, field);
    if (lang === 'js') doc.text(`  ${key}: `);
    else if (lang === 'py') doc.text(`    "${key}": `);
    else if (lang === 'go') doc.text(`\t${key[0].toUpperCase()}${key.slice(1).replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())}: `);
    else if (lang === 'java') doc.text(`        .${key}(`);
    else doc.text(`test.customer.${key.replace(/_/g, '-')}=`);
    writeValue(scene, field, lang);
    doc.text(lang === 'java' ? ')\n' : lang === 'properties' ? '\n' : ',\n');
  });
  if (lang === 'js') doc.text('};\n');
  else if (lang === 'py') doc.text('}\n');
  else if (lang === 'go') doc.text('}\n');
  else if (lang === 'java') doc.text('        .build();\n');
}

function negativeCode(scene: Scene, lang: CodeLang): void {
  const { doc, r } = scene;
  const order = businessSlot(scene, 'order');
  const snippets: Record<CodeLang, string[]> = {
    js: [
      `const apiKey = process.env.OPENAI_API_KEY;\nif (!apiKey) throw new Error('OPENAI_API_KEY is not set');\n`,
      `export const sampleOrder = {\n  id: '${order}',\n  sku: '${businessSlot(scene, 'sku')}',\n  qty: ${businessSlot(scene, 'qty')},\n  createdAt: '${businessSlot(scene, 'date')}',\n};\n`,
      `const headers = { Authorization: \`Bearer \${token}\`, 'X-Request-Id': '${businessSlot(scene, 'uuid')}' };\n`,
      `const db = new Pool({ host: 'localhost', port: ${businessSlot(scene, 'port')}, password: process.env.DB_PASSWORD });\n`,
    ],
    py: [
      `API_KEY = os.environ["STRIPE_API_KEY"]  # never hard-code it\nTIMEOUT_S = ${r.int(5, 60)}\n`,
      `ORDER = {\n    "id": "${order}",\n    "ean": "${businessSlot(scene, 'ean')}",\n    "total": "${businessSlot(scene, 'amount')}",\n}\n`,
      `DATABASES = {"default": {"HOST": "db.internal", "PORT": ${businessSlot(scene, 'port')}, "PASSWORD": os.getenv("DB_PASSWORD", "")}}\n`,
    ],
    java: [`    private static final String API_KEY = System.getenv("API_KEY");\n    private static final int PORT = ${businessSlot(scene, 'port')};\n`],
    go: [`\tclient := openai.NewClient(os.Getenv("OPENAI_API_KEY"))\n\tbuild := "${businessSlot(scene, 'build')}"\n`],
    properties: [`spring.datasource.url=jdbc:postgresql://localhost:${businessSlot(scene, 'port')}/shop\nspring.datasource.password=\${DB_PASSWORD}\napp.version=${businessSlot(scene, 'version')}\n`],
  };
  doc.text(r.pick(snippets[lang]));
}

export function renderCode(scene: Scene): void {
  const { doc, r, pack } = scene;
  ask(scene, 'code', 0.6);
  const lang = r.weighted<CodeLang>([['js', 35], ['py', 30], ['java', 12], ['go', 10], ['properties', 13]]);
  doc.text(comment(lang, r.pick(pack.business.comments)) + '\n');
  if (!positive(scene)) return negativeCode(scene, lang);
  const fields = scene.rows[0];
  const secretish = fields.every((f) => ['api_key', 'secret', 'private_key', 'jwt', 'ipv4', 'ipv6'].includes(f.type));
  if (lang === 'java') doc.text('public class Config {\n');
  if (lang === 'go') doc.text('func main() {\n');
  if (secretish) configModule(scene, lang, fields);
  else fixture(scene, lang, fields);
  if (lang === 'java') doc.text('}\n');
  if (lang === 'go') doc.text('}\n');
  if (r.chance(0.3)) {
    doc.text(comment(lang, '') );
    say(scene, r.pick(pack.business.sentences));
    doc.text('\n');
  }
}
