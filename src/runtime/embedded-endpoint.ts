/**
 * How to reach the service that owns an embedded database: it serves the database on a loopback
 * port and records port, pid and a random password in this file (mode 0600) in the data directory,
 * removed again when it stops. CLI commands read it to work through the service.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const ENDPOINT_FILE = 'riskdesk-endpoint.json';

const endpointSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string().min(1).max(255),
  port: z.number().int().min(1).max(65535),
  password: z.string().min(16).max(200),
});

export type Endpoint = z.infer<typeof endpointSchema>;

export function newEndpointPassword(): string {
  return randomBytes(24).toString('base64url');
}

export function writeEndpoint(dataDir: string, endpoint: Endpoint): void {
  const file = path.join(dataDir, ENDPOINT_FILE);
  const draft = `${file}.${process.pid}.draft`;
  writeFileSync(draft, `${JSON.stringify(endpoint)}\n`, { mode: 0o600 });
  renameSync(draft, file);
}

/** The recorded endpoint, or null when there is none (or it is unreadable: treated as none). */
export function readEndpoint(dataDir: string): Endpoint | null {
  try {
    const parsed = endpointSchema.safeParse(JSON.parse(readFileSync(path.join(dataDir, ENDPOINT_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function removeEndpoint(dataDir: string): void {
  rmSync(path.join(dataDir, ENDPOINT_FILE), { force: true });
}
