/**
 * Note memory: the fingerprint and ref of the last note riskdesk wrote on each ticket. It lives in
 * the database so every worker, on every machine, and every restart sees the same memory.
 */
import type { HelpdeskSource } from '../domain/ticket';
import type { Queryable } from '../store/db';
import type { NoteMemory } from './types';

interface MemoryRow {
  source: HelpdeskSource;
  ticket_id: string;
  fingerprint: string;
  ref: string;
  written_at: Date | string;
}

export async function readNoteMemory(db: Queryable, source: HelpdeskSource, ticketId: string): Promise<NoteMemory | null> {
  const result = await db.query<MemoryRow>(
    'SELECT source, ticket_id, fingerprint, ref, written_at FROM note_memory WHERE source = $1 AND ticket_id = $2',
    [source, ticketId],
  );
  const row = result.rows[0];
  if (!row) return null;
  const writtenAt = row.written_at instanceof Date ? row.written_at.toISOString() : new Date(row.written_at).toISOString();
  return { source: row.source, ticketId: row.ticket_id, fingerprint: row.fingerprint, ref: row.ref, writtenAt };
}

export interface NoteMemoryWrite {
  source: HelpdeskSource;
  ticketId: string;
  fingerprint: string;
  ref: string;
}

export const REMEMBER_NOTE_SQL = `INSERT INTO note_memory (source, ticket_id, fingerprint, ref, written_at) VALUES ($1, $2, $3, $4, now())
     ON CONFLICT (source, ticket_id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, ref = EXCLUDED.ref, written_at = EXCLUDED.written_at`;

export const rememberNoteParams = (memory: NoteMemoryWrite): unknown[] => [memory.source, memory.ticketId, memory.fingerprint, memory.ref];

/** Remembers the note just written (or found already written) on the ticket. */
export async function rememberNote(db: Queryable, memory: NoteMemoryWrite): Promise<void> {
  await db.query(REMEMBER_NOTE_SQL, rememberNoteParams(memory));
}
