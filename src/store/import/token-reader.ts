import { createReadStream, statSync } from 'node:fs';
import { parser } from 'stream-json';
import Assembler from 'stream-json/Assembler';

export interface EntityItem {
  entity: string;
  index: number;
  value: unknown;
}

type Token = Parameters<Assembler['consume']>[0];

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/**
 * Streams `{ "<entity>": [ {...}, ... ], ... }` one list element at a time, so a file of any size
 * is parsed in constant memory. Yields each element with its entity name and index.
 */
export async function* readEntities(path: string, known: readonly string[], onBytes?: (read: number, total: number) => void): AsyncGenerator<EntityItem> {
  let total = 0;
  try {
    total = statSync(path).size;
  } catch (error) {
    throw new ImportError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const file = createReadStream(path);
  let read = 0;
  file.on('data', (chunk) => {
    read += chunk.length;
    onBytes?.(read, total);
  });
  const tokens = file.pipe(parser({ packValues: true, streamValues: false }));
  file.on('error', (error) => tokens.destroy(error));
  let depth = 0;
  let entity: string | null = null;
  let index = -1;
  let assembler: Assembler | null = null;
  try {
    for await (const raw of tokens) {
      const token = raw as Token;
      if (assembler) {
        assembler.consume(token);
        if (assembler.done) {
          yield { entity: entity ?? '', index, value: assembler.current };
          assembler = null;
        }
        continue;
      }
      const opens = token.name === 'startObject' || token.name === 'startArray';
      if (depth === 0 && token.name !== 'startObject') throw new ImportError('the file must be one JSON object whose keys are entity lists, e.g. {"users": [...]}');
      if (depth === 1 && token.name === 'keyValue') {
        entity = String(token.value);
        index = -1;
        if (!known.includes(entity)) throw new ImportError(`unknown entity list "${entity}" — expected one of: ${known.join(', ')}`);
      } else if (depth === 1 && token.name !== 'startArray' && token.name !== 'endObject') {
        throw new ImportError(`"${entity}" must be a list (JSON array) of objects`);
      } else if (depth === 2 && token.name !== 'endArray') {
        index += 1;
        if (token.name !== 'startObject') throw new ImportError(`${entity}[${index}]: must be an object`);
        assembler = new Assembler();
        assembler.consume(token);
        continue;
      }
      if (opens) depth += 1;
      else if (token.name === 'endObject' || token.name === 'endArray') depth -= 1;
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`${path} is not valid JSON: ${(error as Error).message}`);
  } finally {
    file.destroy();
  }
}
