import path from 'node:path';
import { chromiumCandidates, CHROMIUM_MISSING, findChromium, type ChromiumHost } from './helpers/chromium';
import { preflightLine, preflightProblems, type PreflightProbes } from './helpers/preflight-checks';

/** A machine whose only executables are `files`, and whose directories hold `dirs`. */
function host(files: string[], options: { env?: Record<string, string>; platform?: NodeJS.Platform; dirs?: Record<string, string[]> } = {}): ChromiumHost {
  return {
    env: { PATH: '/opt/tools/bin:/usr/local/bin', ...options.env },
    platform: options.platform ?? 'linux',
    home: '/home/dev',
    isExecutable: (file) => files.includes(file),
    list: (dir) => options.dirs?.[dir] ?? [],
  };
}

const PW_CACHE = '/home/dev/.cache/ms-playwright';

describe('finding Chromium', () => {
  it('prefers CHROME_PATH, then PATH and the system directories, then playwright’s cache', () => {
    const everywhere = ['/custom/chrome', '/opt/tools/bin/chromium', '/usr/bin/chromium', `${PW_CACHE}/chromium-1200/chrome-linux64/chrome`];
    const dirs = { [PW_CACHE]: ['chromium-1200'] };
    expect(findChromium(host(everywhere, { env: { CHROME_PATH: '/custom/chrome' }, dirs }))).toEqual({ found: true, path: '/custom/chrome' });
    expect(findChromium(host(everywhere, { dirs }))).toEqual({ found: true, path: '/opt/tools/bin/chromium' });
    expect(findChromium(host(everywhere.slice(2), { dirs }))).toEqual({ found: true, path: '/usr/bin/chromium' });
    expect(findChromium(host(['/snap/bin/chromium']))).toEqual({ found: true, path: '/snap/bin/chromium' });
    expect(findChromium(host(['/usr/bin/google-chrome-stable']))).toEqual({ found: true, path: '/usr/bin/google-chrome-stable' });
    expect(findChromium(host(everywhere.slice(3), { dirs }))).toEqual({ found: true, path: `${PW_CACHE}/chromium-1200/chrome-linux64/chrome` });
  });

  it('takes the newest full playwright browser before any headless shell', () => {
    const dirs = { [PW_CACHE]: ['chromium_headless_shell-1300', 'chromium-1100', 'chromium-1200', 'ffmpeg-1011'] };
    const files = [`${PW_CACHE}/chromium_headless_shell-1300/chrome-headless-shell-linux64/chrome-headless-shell`, `${PW_CACHE}/chromium-1100/chrome-linux/chrome`, `${PW_CACHE}/chromium-1200/chrome-linux/chrome`];
    expect(findChromium(host(files, { dirs }))).toEqual({ found: true, path: `${PW_CACHE}/chromium-1200/chrome-linux/chrome` });
    expect(findChromium(host(files.slice(0, 1), { dirs }))).toEqual({ found: true, path: files[0] });
  });

  it('looks in the macOS application folders and playwright’s Library cache on a Mac only', () => {
    const app = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromium(host([app], { platform: 'darwin' }))).toEqual({ found: true, path: app });
    expect(findChromium(host([app], { platform: 'linux' }))).toMatchObject({ found: false });
    const cache = '/home/dev/Library/Caches/ms-playwright';
    const binary = path.join(cache, 'chromium-1200', 'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing');
    expect(findChromium(host([binary], { platform: 'darwin', dirs: { [cache]: ['chromium-1200'] } }))).toEqual({ found: true, path: binary });
  });

  it('reports a CHROME_PATH that is not executable instead of silently using another browser', () => {
    const lookup = findChromium(host(['/usr/bin/chromium'], { env: { CHROME_PATH: '/nope/chrome' } }));
    expect(lookup).toEqual({ found: false, problem: expect.stringMatching(/^CHROME_PATH=\/nope\/chrome is not an executable file/) });
  });

  it('says how to install it when there is none', () => {
    expect(findChromium(host([]))).toEqual({ found: false, problem: CHROMIUM_MISSING });
    expect(CHROMIUM_MISSING).toMatch(/apt-get install chromium/);
    expect(CHROMIUM_MISSING).toMatch(/brew install --cask chromium/);
    expect(CHROMIUM_MISSING).toMatch(/CHROME_PATH/);
    expect(chromiumCandidates(host([]))).toEqual(expect.arrayContaining(['/opt/tools/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/google-chrome']));
  });
});

describe('test preflight', () => {
  const probes = (overrides: Partial<PreflightProbes>): PreflightProbes => ({
    env: {},
    findChromium: () => ({ found: true, path: '/usr/bin/chromium' }),
    redisAnswers: async () => true,
    postgresAnswers: async () => true,
    ...overrides,
  });

  it('passes when everything answers, and only asks PostgreSQL when TEST_DATABASE_URL is set', async () => {
    let askedPostgres = false;
    const postgresAnswers = async (): Promise<boolean> => {
      askedPostgres = true;
      return false;
    };
    expect(await preflightProblems(probes({ postgresAnswers }))).toEqual([]);
    expect(askedPostgres).toBe(false);
    expect(preflightLine([])).toBeNull();
  });

  it('names Redis at REDIS_URL (without its password) or the default, with how to start it', async () => {
    const asked: string[] = [];
    const redisAnswers = async (url: string): Promise<boolean> => {
      asked.push(url);
      return false;
    };
    const [byDefault] = await preflightProblems(probes({ redisAnswers }));
    expect(asked).toEqual(['redis://127.0.0.1:6379']);
    expect(byDefault).toMatch(/^Redis is not reachable at 127\.0\.0\.1:6379 — start it \(Debian\/Ubuntu: sudo apt-get install redis-server .*macOS: brew install redis && brew services start redis\)/);
    const [configured] = await preflightProblems(probes({ env: { REDIS_URL: 'redis://:s3cret@cache.internal:6380/2' }, redisAnswers }));
    expect(configured).toContain('cache.internal:6380 (REDIS_URL)');
    expect(configured).not.toContain('s3cret');
  });

  it('treats a probe that throws as unreachable', async () => {
    const problems = await preflightProblems(probes({ redisAnswers: async () => Promise.reject(new Error('boom')) }));
    expect(problems).toEqual([expect.stringMatching(/^Redis is not reachable/)]);
  });

  it('names an unreachable TEST_DATABASE_URL and how to run without it', async () => {
    const problems = await preflightProblems(probes({ env: { TEST_DATABASE_URL: 'postgres://postgres:pw@db.local:5433/test' }, postgresAnswers: async () => false }));
    expect(problems).toEqual([expect.stringMatching(/^PostgreSQL is not reachable at db\.local:5433 \(TEST_DATABASE_URL\) — start it .*unset TEST_DATABASE_URL/)]);
    expect(problems[0]).not.toContain('pw@');
  });

  it('puts every problem on one line', async () => {
    const problems = await preflightProblems(probes({ redisAnswers: async () => false, findChromium: () => ({ found: false, problem: CHROMIUM_MISSING }) }));
    expect(problems).toHaveLength(2);
    const line = preflightLine(problems) ?? '';
    expect(line).toMatch(/^riskdesk tests cannot run: Redis is not reachable .*; Chromium not found .*\.$/);
    expect(line).not.toContain('\n');
  });
});
