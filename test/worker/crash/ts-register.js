'use strict';
/* global require, process */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS require hook, loaded with `node -r` */
// Lets a child process run the TypeScript sources directly (tests spawn real riskdesk processes):
// every .ts file is transpiled to CommonJS on require, without type checking. Transpiled output is
// cached in the temp dir by content, so only the first child of a run pays for the compiler.
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const CACHE_DIR = path.join(os.tmpdir(), 'riskdesk-ts-register-cache');
// The compiler's version is part of every key: a new TypeScript never reuses older output.
const COMPILER = `typescript@${require('typescript/package.json').version}/cjs-es2022`;
let ts;

function transpile(source, filename) {
  ts ??= require('typescript');
  return ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, isolatedModules: true },
  }).outputText;
}

function cached(source, filename) {
  const key = crypto.createHash('sha256').update(COMPILER).update('\0').update(filename).update('\0').update(source).digest('hex');
  const file = path.join(CACHE_DIR, `${key}.js`);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    const output = transpile(source, filename);
    try {
      fs.mkdirSync(CACHE_DIR, { recursive: true });
      const draft = `${file}.${process.pid}`;
      fs.writeFileSync(draft, output);
      fs.renameSync(draft, file); // atomic: a concurrent reader never sees half a file
    } catch {
      // no cache this time; the output is still right
    }
    return output;
  }
}

require.extensions['.ts'] = function compile(module, filename) {
  module._compile(cached(fs.readFileSync(filename, 'utf8'), filename), filename);
};
