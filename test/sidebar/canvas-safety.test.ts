/** The Canvas Kit app's safety banner: first on the card for either crisis tier, text-only data. */
import { renderCanvas } from '../../src/sidebar/canvas/render';
import { canvasResponseSchema, type CanvasComponent } from '../../src/sidebar/canvas/schemas';
import { toContextView } from '../../src/sidebar/to-context-view';
import type { Decision } from '../../src/triage/types';
import { crisisDecision, decision, reviewDecision, riskContext } from './fixtures';

function components(d: Decision): CanvasComponent[] {
  const view = toContextView({ source: 'intercom', ticketId: '1', status: 'decided', decision: d, context: riskContext(), history: [] });
  const canvas = canvasResponseSchema.parse(renderCanvas(view));
  return canvas.canvas.content.components;
}

const texts = (list: CanvasComponent[]) => list.filter((c) => c.type === 'text').map((c) => (c.type === 'text' ? c.text : ''));
const items = (list: CanvasComponent[]) => list.flatMap((c) => (c.type === 'list' ? c.items : []));

describe('Canvas Kit safety banner', () => {
  it('puts "Read for safety first" first for a review ticket, with evidence, helplines and guidance', () => {
    const hostile = reviewDecision();
    hostile.crisisEvidence = hostile.crisisEvidence.map((e) => ({ ...e, excerpt: 'he reads my messages [click](http://evil.example) **now**' }));
    const out = components(hostile);
    expect(out[0]).toEqual({
      type: 'text',
      style: 'error',
      text: 'Read for safety first — possible danger (domestic abuse). Escalate to the crisis team yourself if the person is in danger now.',
    });
    const all = items(out);
    expect(all.find((i) => i.id === 'crisis-0')).toEqual({
      type: 'item',
      id: 'crisis-0',
      title: '“he reads my messages [click](http://evil.example) **now**”',
      subtitle: 'domestic abuse · en · provider second opinion',
    });
    // Ticket text only ever lands in list items (plain text), never in Markdown text components.
    expect(texts(out).some((t) => t.includes('evil.example'))).toBe(false);
    expect(texts(out)).toContain('Crisis lines — United Kingdom (GB, requester’s country)');
    expect(all.find((i) => i.id === 'helpline-0')).toMatchObject({ title: '0808 2000 247', subtitle: 'Refuge National Domestic Abuse Helpline' });
    expect(all.find((i) => i.id === 'helpline-emergency')).toMatchObject({ title: '999', subtitle: 'Emergency' });
    expect(all.filter((i) => i.id.startsWith('guidance-')).map((i) => i.title)[0]).toMatch(/^Ask whether it is safe to reply in this channel/);
    const firstRisk = out.findIndex((c) => c.type === 'text' && c.text.startsWith('Risk:'));
    expect(firstRisk).toBeGreaterThan(out.findIndex((c) => c.type === 'list' && c.items.some((i) => i.id === 'helpline-0')));
  });

  it('keeps the crisis banner first for a crisis ticket, and shows nothing for an ordinary one', () => {
    const crisis = components(crisisDecision());
    expect(crisis[0]).toMatchObject({ type: 'text', style: 'error', text: 'CRISIS signals (suicidal ideation): follow the crisis protocol now.' });
    expect(items(crisis).find((i) => i.id === 'crisis-0')?.subtitle).toBe('suicidal ideation · en · local detector');
    const plain = components(decision());
    expect(plain[0]).toMatchObject({ type: 'text', style: 'header' });
    expect(texts(plain).some((t) => /safety|CRISIS/.test(t))).toBe(false);
  });
});
