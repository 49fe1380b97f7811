/**
 * The execution boundary. A `Sandbox` runs one submitted module in a child Node process isolated by
 * the operating system (`isolation.ts`): a copy of the submission, transpiled by the grader
 * (`submission-copy.ts`), loaded by plain JavaScript (`runtime.ts`), with kernel limits on memory and
 * CPU, a wall-clock limit per call (after which the child is killed and a fresh one takes the next
 * call), and an environment with nothing of the grader's. Replies are bounded, schema-checked frames
 * (`reply-schema.ts`): whatever the child does — throw, hang, exit, crash, lie, flood — becomes a
 * `CallOutcome`, never a fault of the grader. A call that changed shared state (`taint.ts`) ends its
 * child too, so every case sees the module as if freshly loaded.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as os from "node:os";
import * as path from "node:path";
import type { TensorflowBackend, TensorflowBackendRequest } from "../../course/week3/tf-backend";
import { PACKAGE_ROOT } from "../../fixtures/paths";
import type { EncodedValue } from "../../fixtures/types";
import type { Described } from "../describe";
import { childPackageFolders } from "./dependencies";
import { sameIsolation, type Isolation } from "./isolation";
import { MAX_FRAME_BYTES, type ParentMessage } from "./protocol";
import { killTree } from "./process-tree";
import type { CheckedReply } from "./reply-schema";
import { sandboxRuntime } from "./runtime";

/** Options of a `Sandbox`: which module, in which prepared copy, under which isolation and limits. */
export interface SandboxOptions {
  /** Absolute path of the module inside the copy (`.ts` or `.js`). */
  modulePath: string;
  /** The copy of the submission folder (see `submission-copy.ts`): the child's working folder. */
  copyDir: string;
  /**
   * Wall-clock limit for starting a child and loading the module, in milliseconds, asked anew at each
   * start (a child replaced late in an assignment gets only what is left of its time bound).
   */
  loadLimitMs(): number;
  /** Heap limit of the child, MB; the kernel bounds all of its memory at `kernelMemoryMb(memoryMb)`. */
  memoryMb: number;
  /** CPU seconds the kernel allows each child. */
  cpuSeconds: number;
  isolation: Isolation;
  /** The TensorFlow.js backend to start before the module loads (a week-3 module); none when left out. */
  tensorflow?: TensorflowBackendRequest;
}

/**
 * Loading the submitted module: its export names with their `typeof` (and the TensorFlow.js backend
 * the child started for it), or why it could not load.
 */
export type LoadOutcome = { ok: true; exports: Record<string, string>; backend?: TensorflowBackend } | { ok: false; message: string };

/**
 * What became of one call into student code: a described return value (with the arguments as they were
 * afterwards, and the wall time measured by the grader), a throw, a timeout, a crashed child, or a
 * reply the grader could not accept.
 */
export type CallOutcome =
  | { kind: "returned"; value: Described; argsAfter: Described[]; ms: number }
  | { kind: "threw"; message: string }
  | { kind: "timeout"; ms: number }
  | { kind: "crashed"; message: string }
  | { kind: "malformed"; message: string };

/** Default heap limit of the student process, in MB (`--memory`). */
export const DEFAULT_MEMORY_MB = 1024;

/** The kernel's bound on all of a child's memory for a heap limit of `memoryMb`: Node itself needs about 256 MB beside its heap. */
export function kernelMemoryMb(memoryMb: number): number {
  return memoryMb + 256;
}

/** Node's flags for a sandboxed child: permission model (reads of `readable` only), heap cap, source maps. */
export function sandboxNodeArgs(readable: readonly string[], memoryMb: number): string[] {
  return [
    "--experimental-permission",
    ...readable.map((dir) => `--allow-fs-read=${dir}${path.sep}*`),
    `--max-old-space-size=${memoryMb}`,
    "--stack-size=984",
    "--enable-source-maps",
    "--no-warnings",
  ];
}

/** The folders a child may read, its environment, and its preload script, for a copy at `copyDir`. */
export function sandboxSetup(copyDir: string): { readable: string[]; env: Record<string, string>; loader: string } {
  const runtime = sandboxRuntime();
  return {
    readable: [runtime.dir, copyDir, ...childPackageFolders()],
    env: {
      DNN_AUTOGRADER_RUNTIME: runtime.dir,
      DNN_AUTOGRADER_SUBMISSION: copyDir,
      DNN_AUTOGRADER_PACKAGE_ROOT: PACKAGE_ROOT,
      HOME: "/tmp",
      TMPDIR: "/tmp",
      LANG: "C.UTF-8",
    },
    loader: runtime.loader,
  };
}

let checkReply: typeof import("./reply-schema").checkReply | undefined;

/**
 * The check of every reply frame (`reply-schema.ts`, with its compiled validator), loaded once a child
 * is spawned: the child starts without waiting for it.
 */
function replyChecker(): typeof import("./reply-schema").checkReply {
  checkReply ??= (require("./reply-schema") as typeof import("./reply-schema")).checkReply;
  return checkReply;
}

type Reply = CheckedReply | { ok: false; ended: "exit"; message: string } | { ok: false; ended: "timeout" };

/** One submitted module in a sandboxed child process, called case by case; `close()` kills the child. */
export class Sandbox {
  private child: ChildProcess | undefined;
  private waiting: ((reply: Reply) => void) | undefined;
  private stderrTail = "";
  private nextId = 1;
  private exports: LoadOutcome | undefined;
  private modulePath: string;
  private loadLimitMs: () => number;
  private tensorflow: TensorflowBackendRequest | undefined;
  /** Whether loading the current module changed shared state (globals, built-ins, the harness). */
  private loadTainted = false;
  /** A child started ahead of its first module (`warm`): its start-up reply, until a load takes it. */
  private warming: Promise<Reply> | undefined;
  private waitTimer: NodeJS.Timeout | undefined;

  constructor(private options: SandboxOptions) {
    this.modulePath = options.modulePath;
    this.loadLimitMs = () => options.loadLimitMs();
    this.tensorflow = options.tensorflow;
  }

  /**
   * Serves another module of the same copy from now on (another assignment of the submission): the
   * running child, if any, loads it in place of the last one; a child started later loads it too.
   * `loadLimitMs` replaces the options' limit for loading it, `tensorflow` the backend to start for it.
   * A child whose last load changed shared state is replaced first, so nothing one module did while
   * loading reaches the next.
   */
  useModule(modulePath: string, loadLimitMs: () => number, tensorflow?: TensorflowBackendRequest): void {
    if (this.loadTainted) this.kill();
    this.loadTainted = false;
    this.modulePath = modulePath;
    this.loadLimitMs = loadLimitMs;
    this.tensorflow = tensorflow;
    this.exports = undefined;
  }

  /**
   * Starts a child ahead of the first module, so that Node's start-up overlaps the grader's own
   * preparation (the copy of the submission must exist: the child sees it from the start, but reads
   * nothing of it before a load). The first `load` or `call` takes it; `useIsolation` replaces it when
   * the isolation in force turns out to differ. `tensorflow`: the backend the first module will ask
   * for, started meanwhile too. When a child already runs, only asks a warm one (no module loaded
   * yet) to start that backend.
   */
  warm(tensorflow?: TensorflowBackendRequest): void {
    if (this.child) {
      if (tensorflow && this.warming) this.post({ type: "prepare", tensorflow });
      return;
    }
    this.spawn();
    this.warming = this.wait(this.loadLimitMs());
    if (tensorflow) this.post({ type: "prepare", tensorflow });
    // A child that could not take it is gone: the first load starts another.
    if (!this.child) this.dropWarm();
  }

  /**
   * Wraps children with `isolation` from now on; a child already started under another isolation (a
   * warm child started before the trial sandbox settled it) is ended unused.
   */
  useIsolation(isolation: Isolation): void {
    if (sameIsolation(isolation, this.options.isolation)) return;
    this.dropWarm();
    this.kill();
    this.options = { ...this.options, isolation };
  }

  /** Whether the warm child came up (sent its start-up reply); false when none was started or it failed. */
  async warmedUp(): Promise<boolean> {
    const warming = this.warming;
    return warming !== undefined && isReady(await warming);
  }

  /** Forgets a warm child's start-up: nobody waits for it any more, and its timer must not end a later child. */
  private dropWarm(): void {
    if (!this.warming) return;
    clearTimeout(this.waitTimer);
    this.waiting = undefined;
    this.warming = undefined;
  }

  /** Loads the module (starting a child when none runs); the first outcome (the export list) is kept. */
  async load(): Promise<LoadOutcome> {
    if (this.exports) return this.exports;
    const outcome = this.child && !this.warming ? await this.loadModule(Date.now() + this.loadLimitMs(), this.loadLimitMs()) : await this.start();
    this.exports = outcome;
    return outcome;
  }

  /**
   * Runs the probe of `check` (default: call export `fn` with `args` once) within `timeoutMs` on a fresh
   * instance of the module; a child that hung, died, lied or changed shared state is replaced for the
   * next call.
   */
  async call(fn: string, args: EncodedValue[], timeoutMs: number, check?: string, checkOptions?: EncodedValue): Promise<CallOutcome> {
    if (!this.child || this.warming) {
      const loaded = await this.start();
      if (!loaded.ok) return { kind: "crashed", message: loaded.message };
    }
    const id = this.nextId++;
    const started = performance.now();
    const reply = await this.request({ type: "call", id, fn, args, check, checkOptions }, timeoutMs);
    const ms = performance.now() - started;
    if (reply.ok) {
      const message = reply.message;
      if (message.type === "result" && message.id === id) {
        if (message.tainted) this.kill();
        return { kind: "returned", value: message.value, argsAfter: message.argsAfter, ms };
      }
      if (message.type === "threw" && message.id === id) {
        if (message.tainted) this.kill();
        return { kind: "threw", message: message.message };
      }
      this.kill();
      return { kind: "malformed", message: `sent a reply that answers no request (${message.type}) during ${fn}` };
    }
    this.kill();
    if ("ended" in reply) {
      if (reply.ended === "timeout") return { kind: "timeout", ms: Math.round(ms) };
      const exited = reply.message.startsWith("exited with code");
      return { kind: "crashed", message: `${reply.message} during ${fn}${exited ? " (does it call process.exit?)" : ""}` };
    }
    return { kind: "malformed", message: `sent a malformed reply during ${fn}: ${reply.reason}` };
  }

  /** Ends the child. */
  close(): void {
    this.dropWarm();
    this.kill();
  }

  private async start(): Promise<LoadOutcome> {
    const limit = this.loadLimitMs();
    const deadline = Date.now() + limit;
    let ready: Reply | undefined;
    if (this.warming) {
      ready = await this.warming;
      this.warming = undefined;
    }
    // A warm child that failed had loaded nothing, so that says nothing about the module: start afresh.
    if (!ready || !isReady(ready)) {
      this.kill();
      this.spawn();
      ready = await this.wait(Math.max(1, deadline - Date.now()));
    }
    if (!isReady(ready)) return this.failed(ready, "while starting", limit);
    return this.loadModule(deadline, limit);
  }

  /** Asks the running child to load the module, by `deadline`. */
  private async loadModule(deadline: number, limit: number): Promise<LoadOutcome> {
    const request: ParentMessage = { type: "load", modulePath: this.modulePath, ...(this.tensorflow ? { tensorflow: this.tensorflow } : {}) };
    const reply = await this.request(request, Math.max(1, deadline - Date.now()));
    if (reply.ok && reply.message.type === "loaded") {
      this.loadTainted = reply.message.tainted;
      const { backend } = reply.message;
      return { ok: true, exports: reply.message.exports, ...(backend ? { backend } : {}) };
    }
    if (reply.ok && reply.message.type === "load-error") {
      this.kill();
      return { ok: false, message: reply.message.message };
    }
    return this.failed(reply, "while loading the module", limit);
  }

  private failed(reply: Reply, when: string, limit: number): LoadOutcome {
    this.kill();
    if (reply.ok) return { ok: false, message: `sent an unexpected reply (${reply.message.type}) ${when}` };
    if (!("ended" in reply)) return { ok: false, message: `sent a malformed reply ${when}: ${reply.reason}` };
    if (reply.ended === "timeout") return { ok: false, message: `did not finish ${when} within ${limit} ms` };
    const exited = reply.message.startsWith("exited with code");
    return { ok: false, message: `${reply.message} ${when}${exited ? " (does it call process.exit?)" : ""}` };
  }

  private spawn(): void {
    this.stderrTail = "";
    const setup = sandboxSetup(this.options.copyDir);
    const { file, args } = this.options.isolation.wrap({
      nodeArgs: [...sandboxNodeArgs(setup.readable, this.options.memoryMb), "-r", setup.loader, sandboxRuntime().gradingChild],
      readable: setup.readable,
      workDir: this.options.copyDir,
      env: setup.env,
      limits: { memoryMb: kernelMemoryMb(this.options.memoryMb), cpuSeconds: this.options.cpuSeconds },
    });
    const child = spawn(file, args, {
      cwd: this.options.copyDir,
      env: setup.env,
      stdio: ["pipe", "ignore", "pipe", "pipe"],
      detached: true,
    });
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const replies = child.stdio[3] as NodeJS.ReadableStream | null;
    replies?.on("data", (chunk: Buffer) => {
      if (this.child !== child) return;
      let start = 0;
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, start)) {
        pending.push(chunk.subarray(start, i));
        const frame = Buffer.concat(pending).toString("utf8");
        pending = [];
        pendingBytes = 0;
        start = i + 1;
        this.settle(replyChecker()(frame));
        if (this.child !== child) return;
      }
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
      if (pendingBytes > MAX_FRAME_BYTES) {
        this.settle({ ok: false, reason: `a reply larger than ${MAX_FRAME_BYTES / 1024 / 1024} MB` });
        this.kill();
      }
    });
    replies?.on("error", () => undefined);
    child.stdin?.on("error", () => undefined);
    child.stderr?.on("data", (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString("utf8")).slice(-4000);
    });
    child.on("exit", (code, signal) => {
      if (this.child !== child) return;
      this.child = undefined;
      this.settle({ ok: false, ended: "exit", message: exitText(code, signal, this.stderrTail, this.options.memoryMb) });
    });
    child.on("error", () => undefined);
    this.child = child;
    // Loaded while the child starts up, before its first frame.
    replyChecker();
  }

  /** Hands `reply` to the request waiting for it; a frame nobody waits for is itself a protocol breach. */
  private settle(reply: Reply): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting) waiting(reply);
    else if (reply.ok || !("ended" in reply)) this.kill();
  }

  private wait(timeoutMs: number): Promise<Reply> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.settle({ ok: false, ended: "timeout" });
        this.kill();
      }, timeoutMs);
      this.waitTimer = timer;
      this.waiting = (reply) => {
        clearTimeout(timer);
        resolve(reply);
      };
    });
  }

  private request(message: ParentMessage, timeoutMs: number): Promise<Reply> {
    const reply = this.wait(timeoutMs);
    this.post(message);
    return reply;
  }

  /** Writes `message` to the child's stdin (a child that cannot take it is ended: its reply will say so). */
  private post(message: ParentMessage): void {
    try {
      this.child?.stdin?.write(JSON.stringify(message) + "\n");
    } catch {
      this.kill();
    }
  }

  private kill(): void {
    const child = this.child;
    this.child = undefined;
    if (!child || child.pid === undefined) return;
    killTree(child.pid, this.options.isolation.wrapperDepth, () => child.exitCode !== null || child.signalCode !== null);
    child.stdin?.destroy();
    // Killed, it runs no more code: the grading process need not stay for the kernel to tear its sandbox down.
    child.stderr?.destroy();
    (child.stdio[3] as (NodeJS.ReadableStream & { destroy?: () => void }) | null)?.destroy?.();
    child.unref();
  }
}

function isReady(reply: Reply): boolean {
  return reply.ok && reply.message.type === "ready";
}

function signalName(n: number): string | null {
  const found = Object.entries(os.constants.signals).find(([, v]) => v === n);
  return found ? found[0] : null;
}

function exitText(code: number | null, signal: NodeJS.Signals | null, stderr: string, memoryMb: number): string {
  if (/heap out of memory|Allocation failed|allocation failed|ENOMEM/i.test(stderr)) return `ran out of memory (limit ${memoryMb} MB)`;
  if (/Maximum call stack size exceeded/.test(stderr)) return "overflowed the call stack";
  // Bubblewrap reports a signal that ended the sandbox's process as 128 + its number.
  const by = signal ?? (code !== null && code > 128 && code < 160 ? signalName(code - 128) : null);
  if (by === "SIGXCPU") return "used up its CPU time";
  if (by) return `was killed (${by})`;
  return `exited with code ${code}`;
}
