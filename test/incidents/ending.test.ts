/**
 * How an incident's ending is worded: one set of words (ENDING_WORDS) for every reason, the CLI's
 * text with the time and the dashboard's label without it always agreeing, and the dashboard
 * script wording no ending of its own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ENDING_WORDS, endingLabel, endingText, endingWords, type IncidentEnding } from '../../src/incidents/ending';
import { RESOLVE_REASONS, type ResolveReason } from '../../src/incidents/types';

const AT = '2026-11-20T10:30:00.000Z';
const ended = (resolvedReason: ResolveReason | null, more: Partial<IncidentEnding> = {}): IncidentEnding => ({
  status: 'resolved',
  resolvedReason,
  resolvedAt: AT,
  resolvedBy: null,
  mergedInto: null,
  ...more,
});

describe('incident endings in words', () => {
  it('words every reason there is, each differently, and nothing else', () => {
    expect(Object.keys(ENDING_WORDS).sort()).toEqual([...RESOLVE_REASONS].sort());
    const whats = RESOLVE_REASONS.map((reason) => endingWords(ended(reason))?.what ?? '');
    for (const what of whats) expect(what.trim()).not.toBe('');
    expect(new Set(whats).size).toBe(RESOLVE_REASONS.length);
    expect(whats).not.toContain('resolved'); // the words of a reason this version does not know
  });

  it('gives the CLI and the sidebars the time where it reads naturally', () => {
    expect(endingText(ended('solved_in_helpdesk', { resolvedBy: '7700' }))).toBe(`solved in the helpdesk at ${AT} by helpdesk user 7700`);
    expect(endingText(ended('solved_in_helpdesk'))).toBe(`solved in the helpdesk at ${AT}`);
    expect(endingText(ended('expired'))).toBe(`expired at ${AT} (no new ticket within the window)`);
    expect(endingText(ended('merged', { mergedInto: 'INC-00009' }))).toBe(`merged into INC-00009 at ${AT}`);
    expect(endingText(ended('merged'))).toBe(`merged into another incident at ${AT}`);
    expect(endingText(ended(null, { resolvedAt: null }))).toBe('resolved');
  });

  it('gives the dashboard the same words without the time, for every reason and every detail', () => {
    const cases = [...RESOLVE_REASONS, null].flatMap((reason) =>
      [null, '7700'].flatMap((resolvedBy) => [null, 'INC-00009'].map((mergedInto) => ended(reason, { resolvedBy, mergedInto }))),
    );
    for (const ending of cases) {
      const label = endingLabel(ending);
      expect(label).toBe(endingText({ ...ending, resolvedAt: null }));
      expect(label).not.toContain(AT);
      expect(endingText(ending)).toContain(` at ${AT}`);
    }
    expect(endingLabel(ended('solved_in_helpdesk', { resolvedBy: '7700' }))).toBe('solved in the helpdesk by helpdesk user 7700');
    expect(endingLabel(ended('expired'))).toBe('expired (no new ticket within the window)');
  });

  it('says nothing while the incident is open', () => {
    const open: IncidentEnding = { ...ended(null), status: 'open', resolvedAt: null };
    expect([endingWords(open), endingText(open), endingLabel(open)]).toEqual([null, null, null]);
  });

  it('leaves the wording out of the dashboard script: it shows the label the API sends', () => {
    const script = readFileSync(path.resolve(__dirname, '../../dashboard/public/dashboard.js'), 'utf8').toLowerCase();
    for (const reason of RESOLVE_REASONS) {
      const words = endingWords(ended(reason, { resolvedBy: '7700' }));
      for (const part of [words?.what, words?.detail?.replace(/ 7700$/, '')]) if (part) expect(script).not.toContain(part.toLowerCase());
    }
    expect(script).toContain('endinglabel');
  });
});
