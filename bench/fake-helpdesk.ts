/**
 * A fake Zendesk on loopback for the pipeline benchmark and the multi-process crash test (nock
 * cannot cross processes). It answers the endpoints riskdesk uses with realistic bodies, keeps
 * per-ticket state (comments, tags, updated_at for safe_update → 409), adds latency, enforces a
 * requests-per-minute budget itself (sliding 60 s window → 429 + Retry-After) and counts it all.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeHelpdeskOptions {
  latencyMs?: number;
  /** Budget per 60 s sliding window; 0 = unlimited. */
  maxRpm?: number;
  botUserId?: number;
}

interface Comment {
  id: number;
  author_id: number;
  public: boolean;
  body: string;
  html_body: string;
  created_at: string;
}

interface FakeTicket {
  id: number;
  requesterId: number;
  subject: string;
  description: string;
  tags: Set<string>;
  version: number;
  priority: string | null;
  groupId: number | null;
  comments: Comment[];
}

export interface FakeHelpdeskStats {
  requests: number;
  rateLimited: number;
  conflicts: number;
  byOperation: Record<string, number>;
  notesPerTicket: Map<number, number>;
  /** Epoch ms of each ticket's first note. */
  firstNoteAt: Map<number, number>;
  firstRequestAt: number | null;
  lastRequestAt: number | null;
}

const STORIES = [
  ['Card never arrived', 'I paid for a PSA 10 Charizard in the live auction two weeks ago and it never arrived. Tracking has not moved.'],
  ['Fake sneakers', 'The Jordan 1 I won in the show is counterfeit, the stitching and box label are wrong. I want a refund.'],
  ['Someone used my card', 'There are charges on my account I did not make, three auctions last night. Someone got into my account.'],
  ['Payout missing', 'As a seller I have not received my payout for last week, 14 orders shipped and delivered.'],
  ['Item not as described', 'The comic was listed as CGC 9.8 but arrived with a cracked slab and a 9.2 label.'],
  ['Seller asked me to pay outside', 'The seller messaged me to pay by wire transfer outside the app to get a discount.'],
];

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class FakeHelpdesk {
  readonly stats: FakeHelpdeskStats = { requests: 0, rateLimited: 0, conflicts: 0, byOperation: {}, notesPerTicket: new Map(), firstNoteAt: new Map(), firstRequestAt: null, lastRequestAt: null };
  private readonly tickets = new Map<number, FakeTicket>();
  private readonly window: number[] = [];
  private server: Server | null = null;
  private commentSeq = 1000;
  url = '';

  constructor(private readonly options: FakeHelpdeskOptions = {}) {}

  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private ticket(id: number): FakeTicket {
    let ticket = this.tickets.get(id);
    if (!ticket) {
      const [subject, description] = STORIES[id % STORIES.length] ?? ['Help', 'Please help'];
      ticket = { id, requesterId: 500_000 + (id % 997), subject, description, tags: new Set(['web']), version: 0, priority: null, groupId: null, comments: [] };
      ticket.comments.push({ id: this.commentSeq++, author_id: ticket.requesterId, public: true, body: description, html_body: `<p>${description}</p>`, created_at: new Date().toISOString() });
      this.tickets.set(id, ticket);
    }
    return ticket;
  }

  private ticketJson(t: FakeTicket): Record<string, unknown> {
    return {
      id: t.id,
      url: `${this.url}/api/v2/tickets/${t.id}.json`,
      subject: t.subject,
      description: t.description,
      requester_id: t.requesterId,
      submitter_id: t.requesterId,
      assignee_id: null,
      group_id: t.groupId,
      tags: [...t.tags],
      via: { channel: 'web', source: { from: {}, to: {}, rel: null } },
      status: 'open',
      priority: t.priority,
      updated_at: new Date(Date.UTC(2026, 0, 1) + t.version * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      custom_fields: [{ id: 111, value: null }],
      satisfaction_rating: null,
      created_at: '2026-01-01T00:00:00Z',
    };
  }

  /** True when this request fits the budget (and is counted in it). */
  private admit(now: number): boolean {
    const maxRpm = this.options.maxRpm ?? 0;
    if (maxRpm <= 0) return true;
    while (this.window.length > 0 && (this.window[0] ?? 0) <= now - 60_000) this.window.shift();
    if (this.window.length >= maxRpm) return false;
    this.window.push(now);
    return true;
  }

  /** JSON-safe copy of the counters (served at GET /__bench/stats when the fake runs as a child process). */
  snapshot(): RemoteStats {
    const s = this.stats;
    return { ...s, notesPerTicket: Object.fromEntries(s.notesPerTicket), firstNoteAt: Object.fromEntries(s.firstNoteAt) };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.url === '/__bench/stats') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(this.snapshot()));
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const now = Date.now();
    this.stats.requests += 1;
    this.stats.firstRequestAt ??= now;
    this.stats.lastRequestAt = now;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (!this.admit(now)) {
      this.stats.rateLimited += 1;
      const oldest = this.window[0] ?? now;
      send(429, { error: 'TooManyRequests', description: 'rate limit exceeded' }, { 'retry-after': String(Math.max(1, Math.ceil((oldest + 60_000 - now) / 1000))) });
      return;
    }
    if (this.options.latencyMs) await sleep(this.options.latencyMs);
    const body = chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    this.route(req.method ?? 'GET', path, body, send);
  }

  private count(op: string): void {
    this.stats.byOperation[op] = (this.stats.byOperation[op] ?? 0) + 1;
  }

  private route(method: string, path: string, body: Record<string, unknown>, send: (status: number, body: unknown, headers?: Record<string, string>) => void): void {
    let m: RegExpExecArray | null;
    if (method === 'GET' && (m = /^\/api\/v2\/tickets\/(\d+)\.json$/.exec(path))) {
      this.count('show_ticket');
      return send(200, { ticket: this.ticketJson(this.ticket(Number(m[1]))) });
    }
    if (method === 'GET' && (m = /^\/api\/v2\/tickets\/(\d+)\/comments\.json$/.exec(path))) {
      this.count('list_comments');
      const t = this.ticket(Number(m[1]));
      return send(200, { comments: [...t.comments].reverse(), meta: { has_more: false }, next_page: null, previous_page: null, count: t.comments.length });
    }
    if (method === 'GET' && (m = /^\/api\/v2\/users\/(\d+)\.json$/.exec(path))) {
      this.count('show_user');
      const id = Number(m[1]);
      return send(200, { user: { id, name: `Buyer ${id}`, email: `buyer${id}@example.com`, external_id: `u_${id}`, role: 'end-user', verified: true } });
    }
    if (method === 'GET' && (m = /^\/api\/v2\/tickets\/(\d+)\/macros\/(\d+)\/apply\.json$/.exec(path))) {
      this.count('apply_macro');
      const t = this.ticket(Number(m[1]));
      return send(200, { result: { ticket: { ...this.ticketJson(t), fields: [] }, comment: { body: 'Thanks for reaching out, we are on it.', html_body: '<p>Thanks for reaching out, we are on it.</p>', public: true, scoped_body: [] } } });
    }
    if (method === 'PUT' && (m = /^\/api\/v2\/tickets\/(\d+)\.json$/.exec(path))) {
      this.count('update_ticket');
      return this.update(this.ticket(Number(m[1])), body, send);
    }
    if (method === 'PUT' && (m = /^\/api\/v2\/tickets\/(\d+)\/tags\.json$/.exec(path))) {
      this.count('add_tags');
      const t = this.ticket(Number(m[1]));
      const tags = Array.isArray(body.tags) ? body.tags.filter((x): x is string => typeof x === 'string') : [];
      for (const tag of tags) t.tags.add(tag);
      t.version += 1;
      return send(200, { tags: [...t.tags] });
    }
    this.count('unknown');
    send(404, { error: 'InvalidEndpoint', description: `${method} ${path} is not emulated` });
  }

  private update(t: FakeTicket, body: Record<string, unknown>, send: (status: number, body: unknown) => void): void {
    const update = (body.ticket ?? {}) as Record<string, unknown>;
    if (update.safe_update === true && update.updated_stamp !== this.ticketJson(t).updated_at) {
      this.stats.conflicts += 1;
      return send(409, { error: 'UpdateConflict', description: 'Ticket was updated since you last read it' });
    }
    const comment = update.comment as { html_body?: string; body?: string; public?: boolean } | undefined;
    if (comment) {
      const html = comment.html_body ?? comment.body ?? '';
      t.comments.push({ id: this.commentSeq++, author_id: this.options.botUserId ?? 9001, public: comment.public ?? true, body: html.replace(/<[^>]+>/g, ' '), html_body: html, created_at: new Date().toISOString() });
      if (comment.public === false) {
        this.stats.notesPerTicket.set(t.id, (this.stats.notesPerTicket.get(t.id) ?? 0) + 1);
        if (!this.stats.firstNoteAt.has(t.id)) this.stats.firstNoteAt.set(t.id, Date.now());
      }
    }
    if (typeof update.priority === 'string') t.priority = update.priority;
    if (typeof update.group_id === 'number') t.groupId = update.group_id;
    t.version += 1;
    send(200, { ticket: this.ticketJson(t), audit: { id: this.commentSeq, events: [] } });
  }
}

/** Stats as read back from a fake running in another process: the same counters, Maps as JSON objects. */
export type RemoteStats = Omit<FakeHelpdeskStats, 'notesPerTicket' | 'firstNoteAt'> & {
  notesPerTicket: Record<string, number>;
  firstNoteAt: Record<string, number>;
};

// As a child process (the benchmark forks it so the fake's CPU is not charged to riskdesk):
// options from the environment, the URL sent back over IPC.
if (require.main === module) {
  const fake = new FakeHelpdesk({ latencyMs: Number(process.env.FAKE_LATENCY_MS ?? 0), maxRpm: Number(process.env.FAKE_MAX_RPM ?? 0), botUserId: 9001 });
  void fake.start().then((url) => process.send?.({ url }));
  process.on('disconnect', () => process.exit(0));
}
