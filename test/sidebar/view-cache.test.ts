import type { ContextView } from '../../src/sidebar/context-view';
import { toContextView } from '../../src/sidebar/to-context-view';
import { cacheViews } from '../../src/sidebar/view-cache';
import { decision, riskContext } from './fixtures';

const view = (id: string): ContextView => toContextView({ source: 'zendesk', ticketId: id, status: 'decided', decision: decision(), context: riskContext(), history: [] });

describe('cacheViews', () => {
  it('shares one load per ticket within the TTL, concurrent callers included', async () => {
    let clock = 0;
    const loads: string[] = [];
    const cached = cacheViews(async (_s, id) => {
      loads.push(id);
      return view(id);
    }, 15_000, 10, () => clock);
    await Promise.all([cached('zendesk', '1'), cached('zendesk', '1'), cached('zendesk', '2')]);
    clock = 14_999;
    await cached('zendesk', '1');
    expect(loads).toEqual(['1', '2']);
    clock = 15_000;
    await cached('zendesk', '1');
    expect(loads).toEqual(['1', '2', '1']);
    await cached('intercom', '1');
    expect(loads).toEqual(['1', '2', '1', '1']);
  });

  it('does not keep failures, and evicts the oldest ticket past its size', async () => {
    let fail = true;
    const loads: string[] = [];
    const cached = cacheViews(async (_s, id) => {
      loads.push(id);
      if (fail) throw new Error('down');
      return view(id);
    }, 60_000, 2, () => 0);
    await expect(cached('zendesk', '1')).rejects.toThrow('down');
    fail = false;
    await expect(cached('zendesk', '1')).resolves.toMatchObject({ ticketId: '1' });
    await cached('zendesk', '2');
    await cached('zendesk', '3');
    await cached('zendesk', '1');
    expect(loads).toEqual(['1', '1', '2', '3', '1']);
  });
});
