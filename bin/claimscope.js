#!/usr/bin/env node
// The package bin: registers tsx's loader so the TypeScript sources run as they are, then hands over.
import { register } from 'tsx/esm/api';

// A reader that closes early (`| head`) ends the run quietly, as Unix tools do.
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); throw e; });
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
