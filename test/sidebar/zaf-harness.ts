/**
 * Stands in for Zendesk around the sidebar iframe: serves zendesk-app/assets on loopback, answers
 * the ZAF SDK's CDN URL with a fake ZAFClient, and plays Zendesk's request proxy in Node — it
 * substitutes `{{setting.*}}` secure settings server-side, as Zendesk does, so the page never
 * holds the token. Every other outbound request from the page is aborted.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';

const ASSETS = path.resolve(__dirname, '../../zendesk-app/assets');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png' };
export const ZAF_SDK_URL = 'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';

export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/** A static server for the app's assets (the iframe's origin in these tests). */
export function assetServer(): Server {
  return createServer((req, res) => {
    const file = path.normalize(path.join(ASSETS, decodeURIComponent((req.url ?? '/').split('?')[0])));
    if (!file.startsWith(ASSETS + path.sep)) return void res.writeHead(403).end();
    readFile(file)
      .then((body) => res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body))
      .catch(() => res.writeHead(404).end());
  });
}

/** The fake SDK the page loads instead of Zendesk's: same method names, promises like the real one. */
const FAKE_SDK = `
window.__zaf = { invocations: [] };
window.ZAFClient = { init: function () {
  var cfg = window.__zafConfig;
  return {
    get: function (name) { var out = {}; out[name] = name === 'currentUser.id' ? (cfg.userId || '9001') : cfg.ticketId; return Promise.resolve(out); },
    metadata: function () { return Promise.resolve({ settings: cfg.settings }); },
    invoke: function (name, arg) { window.__zaf.invocations.push([name, arg]); return Promise.resolve(); },
    on: function () {},
    request: function (options) {
      return window.zafProxy(JSON.stringify(options)).then(function (raw) {
        var res = JSON.parse(raw);
        if (res.status >= 200 && res.status < 300) return res.body;
        return Promise.reject({ status: res.status, responseJSON: res.body, statusText: 'error' });
      });
    }
  };
} };`;

export interface ProxiedRequest {
  url: string;
  headers: Record<string, string>;
  secure: unknown;
}

export interface ZafOptions {
  ticketId: string;
  /** Non-secure settings: what client.metadata() shows the page. */
  settings: Record<string, string>;
  /** Secure settings: only Node (the "proxy") knows them. */
  secureSettings: Record<string, string>;
}

/** Wires `page` to the fake Zendesk; returns the requests the page asked the proxy to make. */
export async function installZaf(page: Page, options: ZafOptions): Promise<ProxiedRequest[]> {
  const proxied: ProxiedRequest[] = [];
  const substitute = (text: string) => text.replace(/\{\{setting\.([a-z0-9_]+)\}\}/g, (_m, name: string) => options.secureSettings[name] ?? '');
  await page.route('**/*', (route) => (/^http:\/\/127\.0\.0\.1[:/]/.test(route.request().url()) ? route.continue() : route.abort()));
  await page.route(ZAF_SDK_URL, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: FAKE_SDK }));
  await page.addInitScript((cfg) => {
    (window as unknown as { __zafConfig: unknown }).__zafConfig = cfg;
  }, { ticketId: options.ticketId, settings: options.settings });
  await page.exposeFunction('zafProxy', async (json: string) => {
    const request = JSON.parse(json) as { url: string; type?: string; headers?: Record<string, string>; secure?: unknown; data?: string; contentType?: string };
    proxied.push({ url: request.url, headers: { ...(request.headers ?? {}) }, secure: request.secure });
    const headers = Object.fromEntries(Object.entries(request.headers ?? {}).map(([k, v]) => [k, request.secure ? substitute(v) : v]));
    if (request.contentType) headers['Content-Type'] = request.contentType;
    const res = await fetch(request.secure ? substitute(request.url) : request.url, { method: request.type ?? 'GET', headers, ...(request.data !== undefined ? { body: request.data } : {}) });
    const text = await res.text();
    return JSON.stringify({ status: res.status, body: text ? JSON.parse(text) : null });
  });
  return proxied;
}
