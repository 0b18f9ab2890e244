import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const REGISTER = path.join(ROOT, 'test', 'worker', 'crash', 'ts-register.js');
// What bin/riskdesk.js does with the compiled CLI, on the TypeScript sources.
const ENTRY = "require('./src/cli/main').main(['node', 'riskdesk', ...process.argv.slice(1)]).catch((e) => { console.error(e instanceof Error ? e.message : String(e)); process.exit(1); })";

export interface RiskdeskProcess {
  child: ChildProcess;
  pid: number;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (signal → null) once the process has ended. */
  exited: Promise<number | null>;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** `riskdesk <args>` as a real child process, run from the TypeScript sources, output collected. */
export function spawnRiskdesk(args: string[], env: Record<string, string>): RiskdeskProcess {
  const child = spawn(process.execPath, ['-r', REGISTER, '-e', ENTRY, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_OPTIONS: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    pid: child.pid ?? -1,
    stdout: () => out,
    stderr: () => err,
    exited,
    stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** The non-empty lines of a process's output. */
export const linesOf = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');
