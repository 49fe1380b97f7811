/**
 * How the operating system isolates a child that runs student code.
 *
 * - `strict` (CI, batch grading, autograder bundles): bubblewrap puts the child in new user, pid,
 *   network, ipc, uts and mount namespaces: it sees Node and its libraries, the sandbox runtime, the
 *   harness's runtime dependencies and the copy of the submission, all read-only, with a private
 *   /tmp and no network; it cannot see (so cannot signal or trace) any other process, and it dies
 *   with the grader. When the grader runs as root the child also runs as a user of its own
 *   (`SANDBOX_UID`; where that user cannot read the checkout, the namespaces alone), and the kernel limits (`prlimit`) bound its memory (all of it, ArrayBuffers
 *   included), processes, file size, open files and CPU time. Strict fails closed: when it cannot be
 *   had, `resolveIsolation` throws one line saying why.
 * - `basic` (a student grading their own work): the kernel limits and, as root, the separate user,
 *   without namespaces: reads are limited by Node's permission model only.
 * - `auto`: strict where it can be had, basic otherwise; the result header says which was in force.
 * Node's permission model (reads limited to the same folders, no child processes, workers or native
 * addons) is in force in both modes.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { UserInputError } from "../../errors";
import { childPackageFolders } from "./dependencies";
import { sandboxRuntime } from "./runtime";

/** What `--isolation` accepts. */
export type IsolationRequest = "strict" | "basic" | "auto";

/** Kernel-enforced bounds of one sandboxed process tree. */
export interface SandboxLimits {
  /** All private writable memory of the child (heap, ArrayBuffers, stacks), MB. */
  memoryMb: number;
  /** CPU time, seconds (the kernel ends the child past it). */
  cpuSeconds: number;
}

/** What to run in the sandbox and what it may see. */
export interface SandboxCommand {
  /** Node's arguments (flags, then the script and its arguments). */
  nodeArgs: string[];
  /** Folders the child may read (bound read-only at the same paths). */
  readable: string[];
  /** The working folder (the copy of the submission). */
  workDir: string;
  /** The child's whole environment. */
  env: Record<string, string>;
  limits: SandboxLimits;
}

/** The isolation in force: its mode, the layers it stands on (for the result header), and how to spawn. */
export interface Isolation {
  mode: "strict" | "basic";
  layers: string[];
  /** How many levels of the spawned process tree are wrappers that exit once their child does (see `killTree`). */
  wrapperDepth: number;
  /** The program and arguments that run `command` isolated. */
  wrap(command: SandboxCommand): { file: string; args: string[] };
  /**
   * The same isolation with its children run as user `uid` where it runs them as a user of their own
   * (the grader is root); itself otherwise. Gradings side by side in one process can so each have a
   * user of their own, whose processes can be told apart.
   */
  asUser(uid: number): Isolation;
}

/** The user the sandbox runs as when the grader is root; `DNN_AUTOGRADER_SANDBOX_UID` overrides it. */
export const SANDBOX_UID = 64_123;
/** Bounds that do not depend on the case: processes and threads, file size, open files, private /tmp. */
export const FIXED_LIMITS = { processes: 256, fileMb: 16, openFiles: 256, tmpMb: 64 };

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function which(program: string): string | undefined {
  for (const dir of (process.env.PATH ?? "/usr/bin:/bin").split(path.delimiter)) {
    const file = path.join(dir, program);
    if (isExecutable(file)) return file;
  }
  return undefined;
}

function sandboxUid(): number {
  const own = Number(process.env.DNN_AUTOGRADER_SANDBOX_UID);
  return Number.isInteger(own) && own > 0 ? own : SANDBOX_UID;
}

/** Whether `uid` can be the sandbox's user: a positive integer that is not root's. */
export function isSandboxUid(uid: unknown): uid is number {
  return Number.isInteger(uid) && (uid as number) > 0 && (uid as number) < 2 ** 31;
}

let systemPaths: string[] | undefined;

/** Folders holding Node and the shared libraries it has loaded (read from /proc/self/maps once). */
function runtimeSystemPaths(): string[] {
  if (systemPaths) return systemPaths;
  const out = new Set<string>([path.dirname(fs.realpathSync(process.execPath))]);
  // The ELF interpreter's own folder (/lib64/ld-linux-x86-64.so.2 is a link into it on Debian).
  for (const dir of ["/usr/lib64", "/lib64"]) {
    try {
      if (fs.statSync(dir).isDirectory() && !fs.lstatSync(dir).isSymbolicLink()) out.add(dir);
    } catch {
      // absent on this system
    }
  }
  try {
    for (const line of fs.readFileSync("/proc/self/maps", "utf8").split("\n")) {
      const file = line.slice(line.indexOf("/"));
      if (line.includes("/") && /\.so(\.|$)/.test(file) && !file.includes("node_modules")) out.add(path.dirname(file));
    }
  } catch {
    // no /proc: the probe below fails and says so
  }
  systemPaths = [...out];
  return systemPaths;
}

let linkArgs: string[] | undefined;

/** `--symlink` arguments recreating the merged-/usr links (/lib → usr/lib) the loader's path needs (read once). */
function topLevelLinks(): string[] {
  if (linkArgs) return linkArgs;
  const args: string[] = [];
  for (const name of ["/lib", "/lib64", "/lib32", "/libx32", "/bin"]) {
    try {
      if (fs.lstatSync(name).isSymbolicLink()) args.push("--symlink", fs.readlinkSync(name), name);
    } catch {
      // absent on this system
    }
  }
  linkArgs = args;
  return args;
}

function prlimitArgs(prlimit: string, limits: SandboxLimits, ownUser: boolean): string[] {
  const mb = 1024 * 1024;
  return [
    prlimit,
    `--data=${limits.memoryMb * mb}`,
    `--fsize=${FIXED_LIMITS.fileMb * mb}`,
    `--nofile=${FIXED_LIMITS.openFiles}`,
    `--cpu=${Math.max(1, Math.ceil(limits.cpuSeconds))}`,
    "--core=0",
    // Counted per user: only meaningful (and only safe) for a user of the sandbox's own.
    ...(ownUser ? [`--nproc=${FIXED_LIMITS.processes}`] : []),
    "--",
  ];
}

function setprivArgs(setpriv: string, uid: number): string[] {
  return [setpriv, `--reuid=${uid}`, `--regid=${uid}`, "--clear-groups", "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--"];
}

function bwrapArgs(bwrap: string, command: SandboxCommand): string[] {
  const binds: string[] = [];
  const seen = new Set<string>();
  for (const dir of [...runtimeSystemPaths(), ...command.readable]) {
    if (seen.has(dir)) continue;
    seen.add(dir);
    binds.push("--ro-bind", dir, dir);
  }
  const env = Object.entries(command.env).flatMap(([k, v]) => ["--setenv", k, v]);
  return [
    bwrap,
    "--unshare-all",
    "--unshare-user",
    "--disable-userns",
    "--die-with-parent",
    // Node itself is the namespace's first process: no reaper in between that the outer bwrap would
    // leave unreaped when it exits (a zombie wherever the system's init does not reap).
    "--as-pid-1",
    "--new-session",
    "--cap-drop",
    "ALL",
    "--hostname",
    "sandbox",
    "--clearenv",
    ...env,
    "--proc",
    "/proc",
    "--dev",
    "/dev",
    "--size",
    String(FIXED_LIMITS.tmpMb * 1024 * 1024),
    "--tmpfs",
    "/tmp",
    ...topLevelLinks(),
    ...binds,
    "--chdir",
    command.workDir,
    "--",
  ];
}

interface Tools {
  prlimit?: string;
  setpriv?: string;
  bwrap?: string;
  /** Whether the child runs as a user of its own: the grader is root, and that user can read what the child needs. */
  ownUser: boolean;
}

/** What the child must read: the sandbox runtime and the runtime packages (the copy lives in a traversable folder). */
function childReadable(): string[] {
  return [sandboxRuntime().dir, ...childPackageFolders()];
}

/** Whether the sandbox's user can read every folder the child needs (a checkout under a private home cannot). */
function userCanRead(setpriv: string): boolean {
  const check = "const fs=require('fs');for(const d of process.argv.slice(1))fs.accessSync(d,fs.constants.R_OK|fs.constants.X_OK)";
  const r = spawnSync(setpriv, [...setprivArgs(setpriv, sandboxUid()).slice(1), process.execPath, "-e", check, ...childReadable()], {
    stdio: "ignore",
    timeout: 20_000,
  });
  return r.status === 0;
}

function tools(): Tools {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const setpriv = root ? which("setpriv") : undefined;
  // Strict settles the user with its trial sandbox (see `strictUnavailable`); basic checks it itself.
  return { prlimit: which("prlimit"), setpriv, bwrap: process.env.DNN_AUTOGRADER_BWRAP ?? which("bwrap"), ownUser: setpriv !== undefined };
}

function makeStrict(t: Tools & { bwrap: string }, uid = sandboxUid()): Isolation {
  const ownUser = t.ownUser;
  return {
    mode: "strict",
    wrapperDepth: 1,
    layers: [
      "bubblewrap namespaces (user, pid, network, ipc, uts, mount): no network, private /tmp, only Node, the harness runtime and the submission's copy visible",
      ...(ownUser ? [`separate user (uid ${uid})`] : []),
      `kernel limits (memory, ${ownUser ? "processes, " : ""}file size, open files, CPU time)`,
      "Node permission model",
    ],
    wrap(command) {
      const chain = [...(ownUser ? setprivArgs(t.setpriv!, uid) : []), ...prlimitArgs(t.prlimit!, command.limits, ownUser), ...bwrapArgs(t.bwrap, command)];
      return { file: chain[0], args: [...chain.slice(1), process.execPath, ...command.nodeArgs] };
    },
    asUser: (other) => makeStrict(t, ownUser ? other : uid),
  };
}

function makeBasic(t: Tools, uid = sandboxUid()): Isolation {
  const ownUser = t.ownUser;
  return {
    mode: "basic",
    wrapperDepth: 0,
    layers: [
      ...(ownUser ? [`separate user (uid ${uid})`] : []),
      ...(t.prlimit ? [`kernel limits (memory, ${ownUser ? "processes, " : ""}file size, open files, CPU time)`] : []),
      "Node permission model",
    ],
    wrap(command) {
      const chain = [...(ownUser ? setprivArgs(t.setpriv!, uid) : []), ...(t.prlimit ? prlimitArgs(t.prlimit, command.limits, ownUser) : [])];
      if (chain.length === 0) return { file: process.execPath, args: command.nodeArgs };
      return { file: chain[0], args: [...chain.slice(1), process.execPath, ...command.nodeArgs] };
    },
    asUser: (other) => makeBasic(t, ownUser ? other : uid),
  };
}

/** The trial sandbox: Node doing nothing, wrapped as strict isolation would wrap a child. */
function trialCommand(t: Tools & { bwrap: string }): { file: string; args: string[] } {
  return makeStrict(t).wrap({
    nodeArgs: ["-e", "0"],
    readable: childReadable(),
    workDir: "/",
    env: {},
    limits: { memoryMb: 1024, cpuSeconds: 10 },
  });
}

/** How long a trial sandbox may take before it counts as failed. */
const TRIAL_TIMEOUT_MS = 20_000;

/** Why the trial sandbox failed (the first line of its error output), or undefined when it ran. */
function trialFails(t: Tools & { bwrap: string }): string | undefined {
  const { file, args } = trialCommand(t);
  const r = spawnSync(file, args, { encoding: "utf8", timeout: TRIAL_TIMEOUT_MS, stdio: ["ignore", "ignore", "pipe"] });
  if (r.status === 0) return undefined;
  return (r.stderr || r.error?.message || `exit ${r.status}`).trim().split("\n")[0];
}

/** `trialFails`, without blocking: the grading process goes on with its own work meanwhile. */
function trialFailsLater(t: Tools & { bwrap: string }): Promise<string | undefined> {
  const { file, args } = trialCommand(t);
  return new Promise((resolve) => {
    let stderr = "";
    const child = spawn(file, args, { stdio: ["ignore", "ignore", "pipe"] });
    const timer = setTimeout(() => child.kill("SIGKILL"), TRIAL_TIMEOUT_MS);
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (d: string) => (stderr = (stderr + d).slice(0, 4000)));
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve(error.message);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve(code === 0 ? undefined : (stderr || (signal ? `killed by ${signal}` : `exit ${code}`)).trim().split("\n")[0]);
    });
  });
}

/**
 * The steps that settle strict isolation: each trial sandbox to run is yielded, its failure (or
 * undefined) sent back; the result is why strict isolation cannot be had, or undefined when a trial
 * ran (as the sandbox's own user when root, or else, when that user cannot read the checkout, without
 * it: `t.ownUser` says which).
 */
function* strictSteps(t: Tools): Generator<Tools & { bwrap: string }, string | undefined, string | undefined> {
  if (!t.bwrap) return "bubblewrap (bwrap) is not installed";
  if (!t.prlimit) return "prlimit (util-linux) is not installed";
  const strict = t as Tools & { bwrap: string };
  const why = yield strict;
  if (why === undefined) return undefined;
  if (!t.ownUser) return `a trial sandbox failed (${why})`;
  t.ownUser = false;
  const again = yield strict;
  if (again === undefined) return undefined;
  // Not the user's fault: basic isolation decides about the user for itself.
  t.ownUser = true;
  return `a trial sandbox failed (${again})`;
}

/** Why strict isolation cannot be had here (see `strictSteps`), the trials run one after another. */
function strictUnavailable(t: Tools): string | undefined {
  const steps = strictSteps(t);
  let step = steps.next();
  while (!step.done) step = steps.next(trialFails(step.value));
  return step.value;
}

/** `strictUnavailable`, without blocking. */
async function strictUnavailableLater(t: Tools): Promise<string | undefined> {
  const steps = strictSteps(t);
  let step = steps.next();
  while (!step.done) step = steps.next(await trialFailsLater(step.value));
  return step.value;
}

let probed: { tools: Tools; strictProblem: string | undefined } | undefined;
let preparing: Promise<void> | undefined;

/**
 * Runs the trial sandbox of `request` in the background, so that `resolveIsolation` afterwards answers
 * at once: a grading run loads its fixtures and copies the submission meanwhile. Never rejects.
 */
export function prepareIsolation(request: IsolationRequest): Promise<void> {
  if (request === "basic" || (probed && probed.strictProblem !== "not tried")) return Promise.resolve();
  preparing ??= (async () => {
    try {
      const t = probed?.tools ?? tools();
      const strictProblem = await strictUnavailableLater(t);
      probed = { tools: t, strictProblem };
    } catch {
      // resolveIsolation tries again, and reports what goes wrong.
    } finally {
      preparing = undefined;
    }
  })();
  return preparing;
}

/**
 * The isolation for `request` (see the module comment). Strict that cannot be had is a
 * `UserInputError` naming the reason and the way out; the trial sandbox runs once per process.
 */
export function resolveIsolation(request: IsolationRequest): Isolation {
  if (!probed) {
    const t = tools();
    probed = { tools: t, strictProblem: request === "basic" ? "not tried" : strictUnavailable(t) };
  } else if (request !== "basic" && probed.strictProblem === "not tried") {
    probed.strictProblem = strictUnavailable(probed.tools);
  }
  const { tools: t, strictProblem } = probed;
  if (strictProblem === undefined && request !== "basic") return makeStrict(t as Tools & { bwrap: string });
  if (request === "strict") {
    throw new UserInputError(
      `strict isolation is not available here: ${strictProblem}. Install bubblewrap and allow user namespaces (in Docker: --security-opt seccomp=unconfined --security-opt apparmor=unconfined, or --cap-add SYS_ADMIN), or grade with --isolation basic`,
    );
  }
  return makeBasic(basicTools(t));
}

/** The tools behind each provisional isolation, for `confirmIsolation`. */
const provisionalTools = new WeakMap<Isolation, Tools>();

/**
 * The isolation `resolveIsolation(request)` is expected to answer, before any trial sandbox has run:
 * strict wherever its tools are installed (what is settled already, once settled). A grading run starts
 * its children with it at once: a child of it that comes up proves strict isolation as a trial sandbox
 * would (`confirmIsolation`); otherwise the trial decides, and the children are replaced where its
 * answer differs (`sameIsolation`). Undefined when nothing is worth assuming (basic requested before
 * anything was settled, strict's tools missing, or a trial already failed).
 */
export function provisionalIsolation(request: IsolationRequest): Isolation | undefined {
  if (probed && (request === "basic" || probed.strictProblem !== "not tried")) {
    try {
      return resolveIsolation(request);
    } catch {
      return undefined;
    }
  }
  if (request === "basic" || preparing) return undefined;
  const t = probed?.tools ?? tools();
  if (!t.bwrap || !t.prlimit || !isExecutable(t.bwrap)) return undefined;
  // A copy: a trial may yet settle the user differently (`strictSteps`).
  const own = { ...t, bwrap: t.bwrap };
  const isolation = makeStrict(own);
  provisionalTools.set(isolation, own);
  return isolation;
}

/**
 * Records that a child wrapped by `isolation` (from `provisionalIsolation`) started: strict isolation
 * works here as it stands, so no trial sandbox needs to run. Does nothing for any other isolation or
 * once isolation is settled.
 */
export function confirmIsolation(isolation: Isolation): void {
  const t = provisionalTools.get(isolation);
  if (!t || (probed && probed.strictProblem !== "not tried")) return;
  probed = { tools: t, strictProblem: undefined };
}

/** Whether two isolations wrap a child the same way (the same mode standing on the same layers). */
export function sameIsolation(a: Isolation, b: Isolation): boolean {
  return a.mode === b.mode && a.layers.length === b.layers.length && a.layers.every((layer, i) => layer === b.layers[i]);
}

let basicChecked = false;

/**
 * Basic isolation's tools: the separate user only where it can read the checkout (a strict trial that
 * ran has settled that already; otherwise it is checked once).
 */
function basicTools(t: Tools): Tools {
  if (!basicChecked) {
    basicChecked = true;
    const strictRan = probed?.strictProblem === undefined;
    if (t.ownUser && t.setpriv && !strictRan) t.ownUser = userCanRead(t.setpriv);
  }
  return t;
}
