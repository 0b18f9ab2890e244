/**
 * Where the browser tests find Chromium (they drive it through playwright-core, which never
 * downloads one here): CHROME_PATH, then the usual system installs, then playwright's own browser
 * cache. The file system is injected so the search order can be tested without those browsers.
 */
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ChromiumHost {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
  /** True when `file` exists, is a regular file and may be executed. */
  isExecutable(file: string): boolean;
  /** Entries of `dir`, or [] when it does not exist. */
  list(dir: string): string[];
}

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const SYSTEM_DIRS = ['/usr/bin', '/snap/bin'];
const MAC_APPS = [
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Chromium.app/Contents/MacOS/Chromium',
  'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
];
/** Inside one playwright browser directory (chromium-<rev>, chromium_headless_shell-<rev>), by platform. */
const PLAYWRIGHT_BINARIES = [
  'chrome-linux64/chrome',
  'chrome-linux/chrome',
  'chrome-headless-shell-linux64/chrome-headless-shell',
  'chrome-linux/headless_shell',
  'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
  'chrome-mac/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
  'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
  'chrome-headless-shell-mac-arm64/chrome-headless-shell',
  'chrome-headless-shell-mac-x64/chrome-headless-shell',
  'chrome-mac/headless_shell',
];

export const systemHost: ChromiumHost = {
  env: process.env,
  platform: process.platform,
  home: os.homedir(),
  isExecutable(file) {
    try {
      accessSync(file, constants.X_OK);
      return statSync(file).isFile();
    } catch {
      return false;
    }
  },
  list(dir) {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  },
};

function playwrightCaches(host: ChromiumHost): string[] {
  const explicit = host.env.PLAYWRIGHT_BROWSERS_PATH;
  const caches = [path.join(host.home, '.cache', 'ms-playwright'), path.join(host.home, 'Library', 'Caches', 'ms-playwright')];
  return explicit && explicit !== '0' ? [explicit, ...caches] : caches;
}

const revisionOf = (dir: string): number => Number(/-(\d+)$/.exec(dir)?.[1] ?? -1);

/** Full browsers before headless shells, newest revision first. */
function playwrightCandidates(host: ChromiumHost): string[] {
  return playwrightCaches(host).flatMap((cache) =>
    host
      .list(cache)
      .filter((dir) => /^chromium(_headless_shell)?-\d+$/.test(dir))
      .sort((a, b) => Number(a.includes('headless')) - Number(b.includes('headless')) || revisionOf(b) - revisionOf(a))
      .flatMap((dir) => PLAYWRIGHT_BINARIES.map((binary) => path.join(cache, dir, binary))),
  );
}

/** Every place looked at, in order (CHROME_PATH first). */
export function chromiumCandidates(host: ChromiumHost): string[] {
  const pathDirs = (host.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const dirs = [...new Set([...pathDirs, ...SYSTEM_DIRS])];
  const system = SYSTEM_NAMES.flatMap((name) => dirs.map((dir) => path.join(dir, name)));
  const mac = host.platform === 'darwin' ? ['/Applications', path.join(host.home, 'Applications')].flatMap((dir) => MAC_APPS.map((app) => path.join(dir, app))) : [];
  const chromePath = host.env.CHROME_PATH ? [host.env.CHROME_PATH] : [];
  return [...chromePath, ...system, ...mac, ...playwrightCandidates(host)];
}

export type ChromiumLookup = { found: true; path: string } | { found: false; problem: string };

/** The first executable candidate; a CHROME_PATH that is not one is a problem of its own. */
export function findChromium(host: ChromiumHost = systemHost): ChromiumLookup {
  const chromePath = host.env.CHROME_PATH;
  if (chromePath && !host.isExecutable(chromePath)) {
    return { found: false, problem: `CHROME_PATH=${chromePath} is not an executable file: point it at a Chromium or Chrome binary, or unset it` };
  }
  const hit = chromiumCandidates(host).find((file) => host.isExecutable(file));
  return hit ? { found: true, path: hit } : { found: false, problem: CHROMIUM_MISSING };
}

export const CHROMIUM_MISSING =
  'Chromium not found (the browser tests drive it with playwright-core) — install it (Debian: sudo apt-get install chromium; Ubuntu: sudo snap install chromium; macOS: brew install --cask chromium) or set CHROME_PATH to a Chromium/Chrome binary';

/** For the browser tests: the executable, or an error naming what to do (the preflight normally stops first). */
export function chromiumExecutable(): string {
  const lookup = findChromium();
  if (!lookup.found) throw new Error(lookup.problem);
  return lookup.path;
}
