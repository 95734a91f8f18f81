#!/usr/bin/env node
import('../dist/cli/main.js').then((m) => m.main(process.argv)).catch((error) => {
  process.stderr.write(`aigrid: ${error?.message ?? error}\n`);
  process.exit(1);
});
