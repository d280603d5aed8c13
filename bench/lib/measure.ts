/**
 * Runs a command and measures it: wall time, and peak memory of its whole process tree
 * (the build and any child it starts, such as Pagefind's binary), sampled from /proc.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** GNU time (Debian package `time`): gives the CPU time of the command and all its children. */
const GNU_TIME = '/usr/bin/time';

export interface Measured {
  status: number | null;
  /** Wall time, milliseconds. */
  ms: number;
  /**
   * Peak resident memory in bytes: the larger of the highest sum of VmRSS over the process
   * tree seen in any sample (every 50 ms) and the highest VmHWM (the kernel's own peak) of
   * any one process in it. 0 where /proc is missing.
   */
  peakRss: number;
  /**
   * CPU time (user + system) of the command and its children, milliseconds, from GNU time;
   * null without it. Unlike wall time, other work on the machine hardly changes it.
   */
  cpuMs: number | null;
  /**
   * The peak of each kind of process in the tree (processKind): the highest VmHWM of any
   * one process of that kind, and how many such processes ran. A kind that never ran is absent.
   */
  byKind: Partial<Record<ProcessKind, { peak: number; processes: number }>>;
  output: string;
}

/** The kinds of process a build starts: its own Node, Pagefind's indexing binary, anything else. */
export type ProcessKind = 'node' | 'pagefind' | 'other';

/** The kind of a process, from the file name of the program it runs (commandOf). */
export function processKind(command: string): ProcessKind {
  if (/^node\b/.test(command)) return 'node';
  if (/^pagefind/.test(command)) return 'pagefind';
  return 'other';
}

/** Runs `command` with `args` and measures it; never throws for a failing command. */
export function measureCommand(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measured> {
  const timeDir = existsSync(GNU_TIME) ? mkdtempSync(join(tmpdir(), 'pcc-time-')) : null;
  const timeFile = timeDir ? join(timeDir, 'time.txt') : null;
  const [file, argv] = timeFile ? [GNU_TIME, ['-f', '%U %S', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakRss = 0;
    /** Each process seen: its kind and highest VmHWM. */
    const seen = new Map<number, { kind: ProcessKind; hwm: number }>();
    const sample = () => {
      if (child.pid === undefined) return;
      const tree = processTree(child.pid);
      let sum = 0;
      for (const pid of tree) {
        const status = readStatus(pid);
        sum += status.rss;
        peakRss = Math.max(peakRss, status.hwm);
        if (!status.command) continue;
        const known = seen.get(pid);
        if (known) known.hwm = Math.max(known.hwm, status.hwm);
        else seen.set(pid, { kind: processKind(status.command), hwm: status.hwm });
      }
      peakRss = Math.max(peakRss, sum);
    };
    const timer = setInterval(sample, 50);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      let cpuMs: number | null = null;
      if (timeFile && timeDir) {
        const [user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        cpuMs = ((user ?? 0) + (system ?? 0)) * 1000;
        rmSync(timeDir, { recursive: true, force: true });
      }
      const byKind: Measured['byKind'] = {};
      for (const { kind, hwm } of seen.values()) {
        const entry = (byKind[kind] ??= { peak: 0, processes: 0 });
        entry.peak = Math.max(entry.peak, hwm);
        entry.processes++;
      }
      resolve({ status, ms, peakRss, cpuMs, byKind, output });
    });
  });
}

/** `root` and all its descendants, from the parent ids in /proc/<pid>/stat. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [root];
  }
  for (const name of pids) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (field 2) may hold spaces and parentheses: read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid);
      if (list) list.push(Number(name));
      else children.set(ppid, [Number(name)]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

/**
 * The file name of the program a process runs, from `/proc/<pid>/exe` (or the first word of
 * its command line): not the `Name:` of its status, which Node 24 sets to "MainThread".
 */
function commandOf(pid: number): string {
  try {
    return basename(readlinkSync(`/proc/${pid}/exe`));
  } catch {
    try {
      return basename(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '');
    } catch {
      return '';
    }
  }
}

function readStatus(pid: number): { rss: number; hwm: number; command: string } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM'), command: commandOf(pid) };
  } catch {
    return { rss: 0, hwm: 0, command: '' };
  }
}
