#!/usr/bin/env node
'use strict';
// The CLI runs from the compiled output that `npm install` builds (the `prepare` script).
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  console.error('riskdesk is not built yet: run `npm run build` (npm install does it for you) and try again.');
  process.exit(1);
}
require(entry).main(process.argv).catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
