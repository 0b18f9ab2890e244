/**
 * Maps a field path of the parsed rules file back to a line and column in the YAML text, so every
 * validation problem can be reported as `file:line:col`.
 */
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export type FieldPath = ReadonlyArray<PropertyKey>;

export interface Position {
  line: number;
  col: number;
}

export interface YamlSyntaxError extends Position {
  /** The first line of the parser's message. */
  message: string;
}

/**
 * Parses a YAML config file keeping positions (duplicate keys are errors), for the loaders that
 * report every problem as `file:line:col`: the rules, helplines and incidents files.
 */
export function parseYamlWithPositions(text: string): { doc: Document; lines: LineCounter; syntaxErrors: YamlSyntaxError[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const syntaxErrors = doc.errors.map((error) => ({ ...lines.linePos(error.pos[0]), message: error.message.split('\n')[0] ?? '' }));
  return { doc, lines, syntaxErrors };
}

/** `['rules', 3, 'then', 'route']` → `rules[3].then.route`. */
export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function child(node: Node, key: PropertyKey): { node: Node | null; keyNode: Node | null } {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === String(key)) {
        return { node: isNode(pair.value) ? pair.value : null, keyNode: pair.key };
      }
    }
  }
  if (isSeq(node) && typeof key === 'number') {
    const item = node.items[key];
    return { node: isNode(item) ? item : null, keyNode: null };
  }
  return { node: null, keyNode: null };
}

/**
 * Position of the deepest node that exists along `path` (a missing field points at its parent).
 * With `preferKey`, a map entry points at its key rather than its value (unknown keys).
 */
export function positionOf(doc: Document, lines: LineCounter, path: FieldPath, preferKey = false): Position {
  let current: Node | null = isNode(doc.contents) ? doc.contents : null;
  let best: Node | null = current;
  for (const key of path) {
    if (!current) break;
    const next = child(current, key);
    if (!next.node && !next.keyNode) break;
    best = preferKey && next.keyNode ? next.keyNode : (next.node ?? next.keyNode);
    current = next.node;
  }
  const offset = best?.range?.[0] ?? 0;
  return lines.linePos(offset);
}
