/**
 * A small OpenAI-compatible server on a loopback port (node:http, port 0) for the crisis
 * provider tests: each test says how the next requests are answered (status, body, delay, hang)
 * and reads back what riskdesk sent.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeAnswer {
  status?: number;
  /** A string is sent as is (malformed JSON); anything else as JSON. */
  body?: unknown;
  delayMs?: number;
  /** Never answer (the connection stays open until the client gives up or the server closes). */
  hang?: boolean;
}

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

export interface FakeOpenAiServer {
  /** `http://127.0.0.1:{port}/v1` */
  baseUrl: string;
  received: ReceivedRequest[];
  /** Answers for the next requests, in order; the last one repeats. */
  answer(...answers: FakeAnswer[]): void;
  close(): Promise<void>;
}

/** A chat completion whose content is `content` (a string is sent as is, else JSON-encoded). */
export function chatCompletion(content: unknown, extra: { refusal?: string; finishReason?: string; model?: string } = {}): Record<string, unknown> {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_760_000_000,
    model: extra.model ?? 'fake-model-2026',
    choices: [
      {
        index: 0,
        finish_reason: extra.finishReason ?? 'stop',
        message: { role: 'assistant', content: extra.refusal ? null : typeof content === 'string' ? content : JSON.stringify(content), refusal: extra.refusal ?? null },
      },
    ],
  };
}

export async function startFakeOpenAiServer(): Promise<FakeOpenAiServer> {
  const received: ReceivedRequest[] = [];
  let queue: FakeAnswer[] = [{ status: 500, body: { error: { message: 'no answer configured' } } }];
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        // kept as text
      }
      received.push({ method: req.method ?? '?', path: req.url ?? '?', headers: req.headers, body });
      const next = queue.length > 1 ? (queue.shift() as FakeAnswer) : (queue[0] as FakeAnswer);
      if (next.hang) {
        hanging.add(res);
        return;
      }
      const send = () => {
        const payload = typeof next.body === 'string' ? next.body : JSON.stringify(next.body ?? {});
        res.writeHead(next.status ?? 200, { 'content-type': 'application/json' }).end(payload);
      };
      if (next.delayMs) setTimeout(send, next.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    received,
    answer(...answers) {
      queue = answers.length > 0 ? answers : queue;
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
