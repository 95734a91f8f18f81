import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';

/*
 * Two builds of the gateway side by side, for judging a change (not part of `npm run bench`):
 *   node --import tsx bench/profile-pair.ts --base <other checkout's packages/aigrid> [--rounds 4]
 *        [--rate 1500] [--connections 25] [--seconds 8]
 * Each round runs bench/profile-target.ts for the base build and for this one at the same time,
 * each with its own mock and client, and prints their CPU per request and the ratio new/base.
 * Running both at once puts them in the same minutes of a noisy machine: on the 2-core VM single
 * runs of one build moved by ±30%, while the paired ratios stayed within a few percent.
 */
const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    rounds: { type: 'string', default: '4' },
    rate: { type: 'string', default: '1500' },
    connections: { type: 'string', default: '25' },
    seconds: { type: 'string', default: '8' },
  },
});
if (!values.base) throw new Error('--base <path of the base build\'s packages/aigrid> is required');
const run = promisify(execFile);
const script = fileURLToPath(new URL('./profile-target.ts', import.meta.url));
const args = ['--import', 'tsx', script, '--rate', values.rate!, '--connections', values.connections!, '--seconds', values.seconds!];

interface Sample {
  mainThreadUsPerRequest: number;
  otherThreadsUsPerRequest: number;
}
const measure = async (pkg?: string): Promise<Sample> => {
  const env: NodeJS.ProcessEnv = { ...process.env, AIGRID_BENCH_PACKAGE: pkg };
  if (!pkg) delete env.AIGRID_BENCH_PACKAGE;
  const { stdout } = await run(process.execPath, args, { env, maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Sample;
};
const total = (sample: Sample) => sample.mainThreadUsPerRequest + sample.otherThreadsUsPerRequest;
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

const mains: number[] = [];
const totals: number[] = [];
for (let round = 0; round < Number(values.rounds); round++) {
  const [base, next] = await Promise.all([measure(values.base), measure()]);
  mains.push(next.mainThreadUsPerRequest / base.mainThreadUsPerRequest);
  totals.push(total(next) / total(base));
  process.stdout.write(
    `base main ${base.mainThreadUsPerRequest} µs, other ${base.otherThreadsUsPerRequest} µs | ` +
      `new main ${next.mainThreadUsPerRequest} µs, other ${next.otherThreadsUsPerRequest} µs | ` +
      `main ×${mains.at(-1)!.toFixed(3)}, total ×${totals.at(-1)!.toFixed(3)}\n`,
  );
}
process.stdout.write(`median: main ×${median(mains).toFixed(3)}, total ×${median(totals).toFixed(3)}\n`);
