import { ORDINARY_PROMPTS } from './src/guard/fixtures/ordinary-prompts.js';
const text: string = JSON.parse(JSON.stringify(ORDINARY_PROMPTS.join('\n\n').slice(0, 10240)));
function time(name: string, f: () => unknown) { for (let i = 0; i < 200; i++) f(); let best = Infinity; for (let r = 0; r < 9; r++) { const N = 200; const t = process.hrtime.bigint(); for (let i = 0; i < N; i++) f(); best = Math.min(best, Number(process.hrtime.bigint() - t) / N / 1000 / 10); } console.log(name.padEnd(14), best.toFixed(3), 'µs/KB'); }
const test = (re: RegExp) => () => re.test(text);
for (let k = 0; k < 2; k++) {
time('bsn', test(/(?<![\w.-])(?:\d{4}\.\d{2}\.\d{3}|\d{8,9})(?![\w-]|\.\d)/));
time('bsn cf', test(/\d(?<![\w.-]\d)(?:\d{3}\.\d{2}\.\d{3}|\d{7,8})(?![\w-]|\.\d)/));
time('bsn simple', test(/\d{8}|\d{4}\.\d\d\.\d{3}/));
time('ssn', test(/(?<![\w-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w-])/));
time('ssn cf', test(/\d(?<![\w-]\d)(\d{2})([- ]?)(\d{2})\2(\d{4})(?![\w-])/));
time('secret gi', test(/key|secret|token|passw|pwd|pass(?![a-z])|credential|auth/gi));
time('digit', test(/\d/));
time('x', test(/qqqq/));
}
