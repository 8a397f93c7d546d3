/**
 * Runs one build stage as a child process under GNU time, for its wall time,
 * CPU time and peak memory (Astro, Pagefind and tsx each spawn children, so
 * measuring our own process would miss them); /proc sampling adds the whole
 * tree's memory at once.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { TreeSampler } from './proc';

export interface Measured {
  ms: number;
  /** User + system CPU time: steadier than wall time on a shared machine. */
  cpuMs: number;
  /** Peak RSS in bytes of the largest single process ("Maximum resident set size"). */
  rss: number;
  /** Peak RSS in bytes of the whole process tree at one time, sampled from /proc. */
  treeRss: number;
  /** 1-minute load average when the stage started (other work on the machine). */
  load: number;
  stdout: string;
  stderr: string;
}

const TIME = '/usr/bin/time';

// Vitest puts Vite's import.meta.env into its process.env (BASE_URL=/, MODE=test,
// PROD=, DEV=1, SSR=1); Astro's server code reads import.meta.env from the
// environment, so a build started from a test would think it sits at / in test
// mode (a shard under /<id>/ merged its own index). Builds get the rest.
const VITE_ENV = new Set(['BASE_URL', 'MODE', 'PROD', 'DEV', 'SSR']);
const inherited = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITE_ENV.has(k)));

export function measure(
  cmd: string,
  args: string[],
  opts: { cwd: string; env?: Record<string, string> },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const load = loadavg()[0]!;
    const child = spawn(TIME, ['-v', cmd, ...args], { cwd: opts.cwd, env: { ...inherited(), ...opts.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const sampler = new TreeSampler(child.pid ?? -1);
    child.on('error', reject);
    child.on('close', (code) => {
      // Callers read the output (pages built, pages restored). A terminal or
      // FORCE_COLOR in the environment (CI sets it) makes Astro colour its log,
      // and the escape codes split "├─ /page" apart; read the plain text.
      stdout = stripVTControlCharacters(stdout);
      stderr = stripVTControlCharacters(stderr);
      const ms = performance.now() - start;
      const sampledCpu = sampler.stop();
      const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(stderr)?.[1] ?? NaN);
      const rss = field('Maximum resident set size \\(kbytes\\)') * 1024;
      // Whichever saw more: rusage counts reaped children only, sampling misses the last 200 ms.
      const cpuMs = Math.max(
        (field('User time \\(seconds\\)') + field('System time \\(seconds\\)')) * 1000,
        sampledCpu,
      );
      if (code !== 0)
        reject(
          new Error(
            `${cmd} ${args.join(' ')} (trong ${opts.cwd}) thoát với mã ${code}:\n${(stdout + stderr).slice(-3000)}`,
          ),
        );
      else resolve({ ms, cpuMs, rss, treeRss: Math.max(sampler.peakRss, rss), load, stdout, stderr });
    });
  });
}
