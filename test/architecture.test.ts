/**
 * The folders tell the architecture: these checks keep them honest. The domain (src/ except the
 * entry points) never reaches into the receivers or the processors, and no import cycle exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const LAYERS = ['src', 'webhooks', 'jobs'];
const ENTRY_POINTS = ['src/cli/', 'src/server/', 'src/runtime/'];
const IMPORT_PATTERN = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function listSources(dir: string): string[] {
  const absolute = path.join(ROOT, dir);
  let entries: string[];
  try {
    entries = readdirSync(absolute);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const relative = path.join(dir, entry);
    if (statSync(path.join(ROOT, relative)).isDirectory()) return listSources(relative);
    return relative.endsWith('.ts') && !relative.endsWith('.d.ts') ? [relative] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.normalize(path.join(path.dirname(from), specifier));
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) {
    try {
      if (statSync(path.join(ROOT, candidate)).isFile()) return candidate;
    } catch {
      // not this candidate
    }
  }
  return null;
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of LAYERS.flatMap(listSources)) {
    const text = readFileSync(path.join(ROOT, file), 'utf8').replace(/^\s*import\s+type\s.*$/gm, '');
    const targets: string[] = [];
    for (const match of text.matchAll(IMPORT_PATTERN)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      const resolved = specifier ? resolveImport(file, specifier) : null;
      if (resolved) targets.push(resolved);
    }
    graph.set(file, targets);
  }
  return graph;
}

function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'visiting') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('architecture', () => {
  const graph = importGraph();
  const isDomain = (file: string) => file.startsWith('src/') && !ENTRY_POINTS.some((entry) => file.startsWith(entry));

  it('finds the source tree', () => {
    expect(graph.size).toBeGreaterThan(5);
  });

  it('keeps the domain free of receivers, processors and entry points', () => {
    const violations = [...graph.entries()]
      .filter(([file]) => isDomain(file))
      .flatMap(([file, targets]) =>
        targets.filter((t) => t.startsWith('webhooks/') || t.startsWith('jobs/') || ENTRY_POINTS.some((e) => t.startsWith(e))).map((t) => `${file} → ${t}`),
      );
    expect(violations).toEqual([]);
  });

  it('keeps receivers and processors apart', () => {
    const violations = [...graph.entries()]
      .filter(([file]) => file.startsWith('jobs/'))
      .flatMap(([file, targets]) => targets.filter((t) => t.startsWith('webhooks/')).map((t) => `${file} → ${t}`));
    expect(violations).toEqual([]);
  });

  it('detects a cycle when there is one', () => {
    expect(findCycle(new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']]]))).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
  });

  it('has no circular imports', () => {
    expect(findCycle(graph)).toBeNull();
  });
});
