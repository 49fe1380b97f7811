/**
 * A fixtures folder for a pack: the generated data files of the chosen visibilities (public only for
 * students; public and hidden for an autograder), a manifest that lists exactly those files, and the
 * reference's timings of their cases. No case file (`fixtures/cases/`) and nothing of another
 * visibility is copied, so a student pack holds no hidden case, not even its name.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { AssignmentContract } from "../contracts";
import { loadFixtureFile } from "../fixtures/load";
import { manifestKey, sha256 } from "../fixtures/manifest";
import { dataFilePath, DEFAULT_FIXTURES_DIR, manifestPath } from "../fixtures/paths";
import { stableStringify } from "../fixtures/stable-json";
import type { Visibility } from "../fixtures/types";
import { timingPath } from "../grading/bounds";

/** What was copied: the data files (relative to the fixtures folder) and the number of cases of each visibility. */
export interface CopiedFixtures {
  files: string[];
  cases: Record<Visibility, number>;
}

/**
 * Copies the data of `visibilities` for `assignments` from `from` (default: this package's fixtures,
 * each file verified against its manifest) into `to`, with a manifest and timings of their own.
 */
export function copyFixtures(
  to: string,
  assignments: readonly AssignmentContract[],
  visibilities: readonly Visibility[],
  from = DEFAULT_FIXTURES_DIR,
): CopiedFixtures {
  const manifest: Record<string, string> = {};
  const caseIds = new Set<string>();
  const counts: Record<Visibility, number> = { public: 0, hidden: 0 };
  for (const assignment of assignments) {
    for (const visibility of visibilities) {
      const fixture = loadFixtureFile(from, assignment.name, visibility);
      if (!fixture) continue;
      const text = fs.readFileSync(dataFilePath(from, assignment.name, visibility), "utf8");
      const file = dataFilePath(to, assignment.name, visibility);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      manifest[manifestKey(to, file)] = sha256(text);
      for (const c of fixture.cases) caseIds.add(`${assignment.name}/${c.id}`);
      counts[visibility] += fixture.cases.length;
    }
  }
  fs.writeFileSync(manifestPath(to), stableStringify({ files: manifest }));
  const timing = readTimings(from);
  const kept = Object.fromEntries(Object.entries(timing).filter(([id]) => caseIds.has(id)));
  fs.writeFileSync(timingPath(to), stableStringify({ $comment: "the reference's time per case, ms, rounded up", cases: kept }));
  return { files: Object.keys(manifest).sort(), cases: counts };
}

function readTimings(fixturesDir: string): Record<string, number> {
  try {
    return (JSON.parse(fs.readFileSync(timingPath(fixturesDir), "utf8")) as { cases?: Record<string, number> }).cases ?? {};
  } catch {
    return {};
  }
}
