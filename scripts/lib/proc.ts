/**
 * Samples a process tree from /proc: the sum of resident memory of all its
 * processes at once (GNU time only gives the largest single process, and
 * misses a child its parent never reaps, like the Pagefind binary), and the
 * CPU time each process had used when last seen.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;
const TICK_MS = 10; // USER_HZ = 100 on Linux

interface Stat {
  ppid: number;
  cpuMs: number;
  rss: number;
}

function stat(pid: number): Stat | undefined {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself hold spaces and parentheses.
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), cpuMs: (Number(f[11]) + Number(f[12])) * TICK_MS, rss: Number(f[21]) * PAGE };
  } catch {
    return undefined;
  }
}

export class TreeSampler {
  peakRss = 0;
  private cpu = new Map<number, number>();
  private timer: NodeJS.Timeout;

  constructor(
    private root: number,
    every = 200,
  ) {
    this.timer = setInterval(() => this.sample(), every);
  }

  private sample(): void {
    const all = new Map<number, Stat>();
    for (const name of readdirSync('/proc')) {
      const pid = Number(name);
      if (!Number.isInteger(pid)) continue;
      const s = stat(pid);
      if (s) all.set(pid, s);
    }
    const tree = new Set([this.root]);
    // Parents are usually older (lower pid) than children, but not always: repeat until stable.
    for (let grew = true; grew;) {
      grew = false;
      for (const [pid, s] of all)
        if (!tree.has(pid) && tree.has(s.ppid)) {
          tree.add(pid);
          grew = true;
        }
    }
    let rss = 0;
    for (const pid of tree) {
      const s = all.get(pid);
      if (!s) continue;
      rss += s.rss;
      this.cpu.set(pid, s.cpuMs);
    }
    this.peakRss = Math.max(this.peakRss, rss);
  }

  /** Stops sampling; CPU ms of every process seen in the tree. */
  stop(): number {
    clearInterval(this.timer);
    return [...this.cpu.values()].reduce((a, b) => a + b, 0);
  }
}
