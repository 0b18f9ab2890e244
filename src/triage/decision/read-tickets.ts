/**
 * Reads tickets for the CLI from a stream: JSON Lines (one ticket per line, streamed) or one JSON
 * document (pretty-printed allowed). Empty lines are skipped. Errors name the line and field.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Ticket } from '../../domain/ticket';
import { parseTicketLine, TicketInputError, toTicket } from '../ticket-input';

export interface TicketRecord {
  /** 1-based line where the ticket starts. */
  line: number;
  ticket: Ticket;
  /** True when the input was a single JSON document rather than JSON Lines. */
  document: boolean;
}

function isCompleteJson(raw: string): boolean {
  try {
    JSON.parse(raw);
    return true;
  } catch {
    return false;
  }
}

/** Line of a JSON.parse failure inside a multi-line document, when the engine says where. */
function failureLine(text: string, error: unknown, startLine: number): number {
  const match = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  if (!match) return startLine;
  const offset = Number(match[1]);
  return startLine + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
}

function parseDocument(lines: string[], startLine: number): TicketRecord {
  const text = lines.join('\n');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TicketInputError(failureLine(text, error, startLine), '', `not valid JSON (${reason}) — give one ticket object, or JSON Lines with one ticket per line`);
  }
  if (Array.isArray(value)) {
    throw new TicketInputError(startLine, '', 'a JSON array is not accepted — write JSON Lines instead (one ticket object per line)');
  }
  return { line: startLine, ticket: toTicket(value, startLine), document: true };
}

export async function* readTickets(input: Readable): AsyncGenerator<TicketRecord> {
  const reader = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let mode: 'unknown' | 'lines' | 'document' = 'unknown';
  let startLine = 1;
  const buffered: string[] = [];
  for await (const raw of reader) {
    lineNo += 1;
    if (mode === 'document') {
      buffered.push(raw);
      continue;
    }
    if (raw.trim() === '') continue;
    if (mode === 'unknown') {
      // The first non-empty line decides: a complete JSON value means JSON Lines.
      mode = isCompleteJson(raw) ? 'lines' : 'document';
      if (mode === 'document') {
        startLine = lineNo;
        buffered.push(raw);
        continue;
      }
    }
    yield { line: lineNo, ticket: parseTicketLine(raw, lineNo), document: false };
  }
  if (mode === 'document') yield parseDocument(buffered, startLine);
  if (mode === 'unknown') throw new TicketInputError(1, '', 'the input is empty — give a ticket JSON object or JSON Lines');
}
