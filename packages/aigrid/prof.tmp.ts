import { ORDINARY_PROMPTS } from './src/guard/fixtures/ordinary-prompts.js';
import { seededRandom } from './src/guard/fixtures/seeded-random.js';
import { createClassifier } from './src/guard/guard-classifier.js';
const c = createClassifier();
const r = seededRandom(1);
const clean = ORDINARY_PROMPTS.filter((p) => c.scanText(p).length === 0);
const texts = Array.from({ length: 200 }, () => { let t = ''; while (t.length < 1024) t += r.pick(clean) + '\n\n'; return JSON.parse(JSON.stringify(t.slice(0, 1024))) as string; });
const t = performance.now(); let n = 0;
while (performance.now() - t < 5000) { for (const x of texts) c.scanText(x); n++; }
console.log(((performance.now() - t) * 1000 / n / 200).toFixed(2), 'µs per 1KB');
