/**
 * Ending a sandboxed child and everything under it without leaving anything behind, not even a zombie:
 * processes below the wrappers are killed first, so that each wrapper collects its child and exits by
 * itself; whatever is left is killed after a grace period.
 */
import * as fs from "node:fs";

/** Every process's children, by parent pid, read from /proc in one pass (empty where there is no /proc). */
function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = fs.readdirSync("/proc");
  } catch {
    return children;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  return children;
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone, or not ours
  }
}

/** How long the wrappers get to collect their killed children and exit by themselves before they are killed too. */
const WRAPPER_GRACE_MS = 500;

/**
 * The children of `pid`, read from the kernel's list of each of its threads
 * (`/proc/PID/task/TID/children`): a few reads instead of one per process of the system. Undefined
 * where the kernel keeps no such list; empty when `pid` is gone.
 */
function childrenOf(pid: number): number[] | undefined {
  let tasks: string[];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return fs.existsSync("/proc/self/task") ? [] : undefined;
  }
  const out: number[] = [];
  for (const task of tasks) {
    let text: string;
    try {
      text = fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8");
    } catch {
      // No list at all (a kernel without it), or the thread ended meanwhile.
      if (!fs.existsSync(`/proc/self/task/${process.pid}/children`)) return undefined;
      continue;
    }
    for (const child of text.split(" ")) if (/^\d+$/.test(child)) out.push(Number(child));
  }
  return out;
}

/** Every descendant of `pid` with its depth (children 1, grandchildren 2, …), deepest first. */
function descendants(pid: number): { pid: number; depth: number }[] {
  let scanned: Map<number, number[]> | undefined;
  // The kernel's lists of children where it keeps them; else one pass over every process.
  const childrenOfAny = (p: number): number[] => {
    if (!scanned) {
      const own = childrenOf(p);
      if (own) return own;
      scanned = childrenByParent();
    }
    return scanned.get(p) ?? [];
  };
  const out: { pid: number; depth: number }[] = [];
  let level = [pid];
  for (let depth = 1; level.length > 0 && depth < 64; depth++) {
    const next = level.flatMap(childrenOfAny);
    for (const p of next) out.push({ pid: p, depth });
    level = next;
  }
  return out.sort((x, y) => y.depth - x.depth);
}

/**
 * Ends the process `pid` and everything under it. `wrappers` is how many levels of it are wrappers that
 * exit by themselves once their child is gone (bubblewrap: its outer process and the namespace's
 * first process): everything below them is SIGKILLed at once, deepest first, so that each wrapper
 * collects its child; a wrapper still there after `WRAPPER_GRACE_MS` is killed too. `exited()` tells
 * whether `pid` has ended meanwhile.
 */
export function killTree(pid: number, wrappers: number, exited: () => boolean = () => false): void {
  const below = descendants(pid);
  for (const d of below) if (d.depth >= wrappers) signal(d.pid, "SIGKILL");
  const remaining = () => {
    for (const d of descendants(pid)) signal(d.pid, "SIGKILL");
    signal(-pid, "SIGKILL");
    signal(pid, "SIGKILL");
  };
  if (wrappers === 0 || !below.some((d) => d.depth >= wrappers)) {
    remaining();
    return;
  }
  setTimeout(() => {
    if (!exited()) remaining();
  }, WRAPPER_GRACE_MS).unref();
}
