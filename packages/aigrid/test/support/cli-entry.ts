// Runs the CLI from source, so tests need no build step.
import { main } from '../../src/cli/main.js';

await main(process.argv);
