export { renderNote, type NoteInput } from './render-note';
export { MAX_NOTE_BYTES } from './limits';
export { escapeHtml, shortenFingerprint } from './html';
