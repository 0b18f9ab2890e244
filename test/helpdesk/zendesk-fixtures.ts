/** Zendesk answers shaped like the API reference examples (trimmed to what matters plus noise). */
export const ZD_BASE = 'https://riskdesk-test.zendesk.com';
export const BOT_ID = 9001;
export const REQUESTER_ID = 501;
export const UPDATED_AT = '2026-11-25T10:00:00Z';

export function zdTicket(overrides: Record<string, unknown> = {}) {
  return {
    ticket: {
      id: 123,
      url: `${ZD_BASE}/api/v2/tickets/123.json`,
      subject: 'Card never arrived',
      description: 'I paid for a PSA 10 Charizard in the live auction and it never arrived.',
      requester_id: REQUESTER_ID,
      submitter_id: REQUESTER_ID,
      assignee_id: null,
      group_id: 7,
      tags: ['existing', 'vip'],
      via: { channel: 'email', source: { from: {}, to: {}, rel: null } },
      status: 'open',
      priority: null,
      updated_at: UPDATED_AT,
      custom_fields: [{ id: 111, value: null }],
      satisfaction_rating: null,
      ...overrides,
    },
  };
}

/** Newest first, as requested with sort_order=desc. */
export function zdComments() {
  return {
    comments: [
      { id: 6, type: 'Comment', author_id: REQUESTER_ID, public: true, body: 'Any update? Seller stopped answering.', html_body: '<p>Any update? Seller stopped answering.</p>', plain_body: 'Any update? Seller stopped answering.', created_at: '2026-11-25T09:59:00Z' },
      { id: 5, type: 'Comment', author_id: BOT_ID, public: false, body: 'riskdesk rd-0123abcd4567ef89 risk high', html_body: '<p>riskdesk <code>rd-0123abcd4567ef89</code></p>', created_at: '2026-11-25T09:00:00Z' },
      { id: 4, type: 'Comment', author_id: 77, public: false, body: 'agent aside rd-ffffffffffffffff', html_body: '<p>agent aside</p>', created_at: '2026-11-25T08:30:00Z' },
      { id: 3, type: 'Comment', author_id: 77, public: true, body: 'We are looking into it.', html_body: '<p>We are looking into it.</p>', created_at: '2026-11-25T08:00:00Z' },
      { id: 2, type: 'Comment', author_id: REQUESTER_ID, public: true, body: 'Order #A-5521, paid by card.', html_body: '<p>Order #A-5521, paid by card.</p>', created_at: '2026-11-24T12:00:00Z' },
      {
        id: 1,
        type: 'Comment',
        author_id: REQUESTER_ID,
        public: true,
        body: 'I paid for a PSA 10 Charizard in the live auction and it never arrived.',
        html_body: '<p>I paid for a PSA 10 Charizard in the live auction and it never arrived.</p>',
        created_at: '2026-11-24T11:00:00Z',
      },
    ],
    meta: { has_more: false },
    next_page: null,
    previous_page: null,
    count: 6,
  };
}

export function zdUser() {
  return { user: { id: REQUESTER_ID, name: 'Jane Collector', email: 'jane@example.com', external_id: 'mkt-user-42', role: 'end-user', verified: true } };
}

export function zdMacroApply(macro: { status?: string; priority?: string; tags?: string[]; customFields?: Array<{ id: number; value: unknown }>; comment?: string }) {
  return {
    result: {
      ticket: {
        id: 123,
        status: macro.status ?? 'open',
        priority: macro.priority ?? null,
        group_id: 7,
        assignee_id: 555,
        tags: macro.tags ?? ['existing', 'vip'],
        custom_fields: macro.customFields ?? [{ id: 111, value: null }],
        fields: [],
      },
      ...(macro.comment ? { comment: { body: macro.comment, html_body: `<p>${macro.comment}</p>`, public: true, scoped_body: [] } } : {}),
    },
  };
}
