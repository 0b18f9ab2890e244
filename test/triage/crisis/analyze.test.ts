/**
 * Where the model reads: the merged windows around the danger cues, and — when there are several
 * cues — each cue's own sentence with one neighbour each side, so a threat is also read without
 * the complaint around it.
 */
import { analyze, MAX_HIT_WINDOWS } from '../../../src/triage/crisis/analyze';

const read = (text: string, hitWindows?: boolean): string[] => {
  const analysis = analyze(text, { hitWindows });
  return analysis.windows.map(([from, to]) => analysis.folded.slice(from, to).trim());
};

describe('analyze: the windows the model reads', () => {
  const text = 'My parcel 5512 was marked delivered. The seller says he will kill me if I open a dispute. I opened it anyway. The card is scratched too. Please help.';

  it('gives each of several danger cues a window of its own beside the merged one', () => {
    const windows = read(text);
    expect(windows[0]).toContain('marked delivered');
    expect(windows[0]).toContain('please help');
    expect(windows).toContain('my parcel 5512 was marked delivered. the seller says he will kill me if i open a dispute. i opened it anyway.');
    expect(windows).toContain('i opened it anyway. the card is scratched too. please help.');
  });

  it('reads only the merged window when asked to (training) or when one cue is all there is', () => {
    expect(read(text, false)).toHaveLength(1);
    expect(read('The seller says he will kill me if I open a dispute. Please help.')).toHaveLength(1);
  });

  it('gives at most a few cues their own window', () => {
    const many = Array.from({ length: 10 }, (_, i) => `Message ${i}: he says he will kill me.`).join(' ');
    const own = read(many).length - read(many, false).length;
    expect(own).toBeGreaterThan(0);
    expect(own).toBeLessThanOrEqual(MAX_HIT_WINDOWS);
  });

  it('gives no own windows where the cues are already read apart (a long thread with cues everywhere)', () => {
    const filler = 'The tracking page has not changed and the seller has not answered my messages about the order. '.repeat(4);
    const thread = Array.from({ length: 4 }, (_, i) => `Message ${i}: he says he will kill me. ${filler}`).join('\n');
    const merged = read(thread, false);
    expect(merged.length).toBeGreaterThan(2);
    expect(read(thread)).toEqual(merged);
  });
});
