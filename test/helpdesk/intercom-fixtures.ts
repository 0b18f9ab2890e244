/** Intercom 2.14 answers shaped like the API reference examples (trimmed, with some noise). */
export const IC_BASE = 'https://api.intercom.io';
export const ADMIN_ID = '814860';
export const CONTACT_ID = '6657a8d7c5f1e0a2b3c4d5e6';

export function icConversation(overrides: Record<string, unknown> = {}) {
  return {
    type: 'conversation',
    id: '1911149811',
    title: null,
    created_at: 1764000000,
    updated_at: 1764064800,
    waiting_since: 1764064700,
    open: true,
    state: 'open',
    read: false,
    priority: 'not_priority',
    admin_assignee_id: null,
    team_assignee_id: null,
    tags: { type: 'tag.list', tags: [{ type: 'tag', id: '3', name: 'vip', applied_at: 1764000001, applied_by: { type: 'admin', id: '1' } }] },
    source: {
      type: 'conversation',
      id: '403918330',
      delivered_as: 'customer_initiated',
      subject: '',
      body: '<p>My sneakers from the live drop are fake &amp; the seller blocked me</p>',
      author: { type: 'user', id: CONTACT_ID, name: 'Sam', email: 'sam@example.com' },
      attachments: [],
      redacted: false,
    },
    contacts: { type: 'contact.list', contacts: [{ type: 'contact', id: CONTACT_ID, external_id: 'mkt-77' }] },
    teammates: { type: 'admin.list', teammates: [] },
    custom_attributes: {},
    conversation_parts: {
      type: 'conversation_part.list',
      total_count: 4,
      conversation_parts: [
        { type: 'conversation_part', id: '1', part_type: 'note', body: '<p>riskdesk rd-aaaabbbbccccdddd</p>', created_at: 1764000100, author: { type: 'admin', id: ADMIN_ID, name: 'riskdesk' } },
        { type: 'conversation_part', id: '2', part_type: 'note', body: '<p>colleague rd-1111222233334444</p>', created_at: 1764000200, author: { type: 'admin', id: '42', name: 'Alex' } },
        { type: 'conversation_part', id: '3', part_type: 'comment', body: '<p>Can you send photos?</p>', created_at: 1764000300, author: { type: 'admin', id: '42', name: 'Alex' } },
        { type: 'conversation_part', id: '4', part_type: 'comment', body: '<p>Photos attached, order <b>B-9931</b></p>', created_at: 1764000400, author: { type: 'user', id: CONTACT_ID, name: 'Sam' } },
      ],
    },
    ...overrides,
  };
}

export function icContact() {
  return { type: 'contact', id: CONTACT_ID, workspace_id: 'ws1', external_id: 'mkt-77', role: 'user', email: 'sam@example.com', name: 'Sam Sneakerhead', created_at: 1700000000 };
}

export function icTag(id: string, name: string) {
  return { type: 'tag', id, name };
}
