/**
 * Runs one build stage as a child process under GNU time, for its wall time
 * and the peak resident memory of the largest process it started (Astro,
 * Pagefind and tsx each spawn children, so sampling our own process would
 * miss them).
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';

export interface Measured {
  ms: number;
  /** User + system CPU time: steadier than wall time on a shared machine. */
  cpuMs: number;
  /** Peak RSS in bytes ("Maximum resident set size"). */
  rss: number;
  /** 1-minute load average when the stage started (other work on the machine). */
  load: number;
  stdout: string;
  stderr: string;
}

const TIME = '/usr/bin/time';

export function measure(
  cmd: string,
  args: string[],
  opts: { cwd: string; env?: Record<string, string> },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const load = loadavg()[0]!;
    const child = spawn(TIME, ['-v', cmd, ...args], { cwd: opts.cwd, env: { ...process.env, ...opts.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(stderr)?.[1] ?? NaN);
      const rss = field('Maximum resident set size \\(kbytes\\)') * 1024;
      const cpuMs = (field('User time \\(seconds\\)') + field('System time \\(seconds\\)')) * 1000;
      if (code !== 0)
        reject(
          new Error(
            `${cmd} ${args.join(' ')} (trong ${opts.cwd}) thoát với mã ${code}:\n${(stdout + stderr).slice(-3000)}`,
          ),
        );
      else resolve({ ms, cpuMs, rss, load, stdout, stderr });
    });
  });
}
