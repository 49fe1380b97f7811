/**
 * The assignments as their contract files declare them, found by scanning `src/contracts/week<N>/`
 * rather than read from the generated list, so that `npm run stubs` can write that list. Each
 * contract file exports exactly one contract (`defineAssignment`); the course order is the week, then
 * the contract's `position`. A tool of `npm run stubs` and its tests, never of grading.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { PACKAGE_ROOT } from "../fixtures/paths";
import type { AssignmentContract } from "./define";

/** `src/contracts/`, where each week's folder holds its contract files. */
export const CONTRACTS_DIR = path.join(PACKAGE_ROOT, "src", "contracts");

/** A contract file and what it declares. */
export interface DiscoveredContract {
  /** The file's path under `src/contracts/` without `.ts`, e.g. `week1/initialization` (the module path too). */
  file: string;
  /** The name the contract is exported under, e.g. `initializationAssignment`. */
  exportName: string;
  /** The contract itself. */
  contract: AssignmentContract;
}

/** The week number of a `week<N>` folder name or an assignment's `week<N>/…` name, or undefined. */
export function weekOf(name: string): number | undefined {
  const match = /^week(\d+)(?:\/|$)/.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** Whether `value` is what `defineAssignment` returns. */
export function isAssignmentContract(value: unknown): value is AssignmentContract {
  if (value === null || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === "string" && typeof v.module === "string" && typeof v.position === "number" && Array.isArray(v.functions);
}

/** The one contract `file` (relative, without `.ts`) exports; an error naming the file otherwise. */
function contractOf(file: string, contractsDir: string): DiscoveredContract {
  const exports = require(path.join(contractsDir, file)) as Record<string, unknown>;
  const found = Object.entries(exports).filter(([, value]) => isAssignmentContract(value));
  const where = `src/contracts/${file}.ts`;
  if (found.length !== 1) throw new Error(`${where} must export exactly one contract made by defineAssignment, found ${found.length}`);
  const [exportName, contract] = found[0] as [string, AssignmentContract];
  if (contract.module !== file) throw new Error(`${where}: the contract's module is "${contract.module}", expected "${file}" (the file's own path)`);
  if (contract.name !== file) throw new Error(`${where}: the contract's name is "${contract.name}", expected "${file}"`);
  if (!Number.isInteger(contract.position) || contract.position < 1) throw new Error(`${where}: position must be a whole number from 1`);
  return { file, exportName, contract };
}

/** Whether `name` is the file name of a contract (a `.ts` source, not a declaration file). */
const isContractFile = (name: string) => name.endsWith(".ts") && !name.endsWith(".d.ts");

/** Every contract under `contractsDir`'s `week<N>/` folders, in course order; an error for two at one place. */
export function discoverContracts(contractsDir = CONTRACTS_DIR): DiscoveredContract[] {
  const weeks = fs.readdirSync(contractsDir).filter((name) => weekOf(name) !== undefined && fs.statSync(path.join(contractsDir, name)).isDirectory());
  const found = weeks.flatMap((week) =>
    fs
      .readdirSync(path.join(contractsDir, week))
      .filter(isContractFile)
      .map((name) => contractOf(`${week}/${name.slice(0, -".ts".length)}`, contractsDir)),
  );
  const place = (c: DiscoveredContract) => [weekOf(c.file)!, c.contract.position] as const;
  found.sort((a, b) => place(a)[0] - place(b)[0] || place(a)[1] - place(b)[1]);
  for (let i = 1; i < found.length; i++) {
    const [previous, current] = [found[i - 1], found[i]];
    if (place(previous).join() === place(current).join()) {
      throw new Error(
        `src/contracts/${previous.file}.ts and src/contracts/${current.file}.ts both declare position ${current.contract.position} in week ${weekOf(current.file)}`,
      );
    }
  }
  return found;
}
