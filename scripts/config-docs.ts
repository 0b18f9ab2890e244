/**
 * Rewrites the environment-variable table of docs/configuration.md from the env schema.
 *
 *   npm run docs:config
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withCurrentEnvTable } from '../src/config/env/docs';

const file = path.resolve(__dirname, '..', '..', 'docs', 'configuration.md');
writeFileSync(file, withCurrentEnvTable(readFileSync(file, 'utf8')));
console.log(`${file}: environment table regenerated`);
