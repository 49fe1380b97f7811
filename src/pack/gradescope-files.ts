/**
 * The scripts of a Gradescope autograder: `setup.sh` (run once when Gradescope builds the image) and
 * `run_autograder` (run for each submission). They grade `/autograder/submission` on the public and
 * hidden cases in strict isolation and always leave a valid `/autograder/results/results.json`.
 */
import type { AssignmentContract } from "../contracts";

/** `setup.sh`: bubblewrap, Node 20 when the image has an older one, then the harness from `vendor/` (no registry needed). */
export function gradescopeSetup(): string {
  return `#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image.
set -euo pipefail
cd "$(dirname "$0")"
apt-get update -q
apt-get install -y -q bubblewrap ca-certificates curl
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -lt 20 ]; then
  curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
  apt-get install -y -q nodejs
fi
bash ./install.sh
`;
}

/** `install.sh`: the harness and its bundled dependencies, from the tarball in `vendor/`. */
export function gradescopeInstall(): string {
  return `#!/usr/bin/env bash
# Installs the harness from vendor/ (its dependencies are inside the tarball: no registry is contacted).
set -euo pipefail
cd "$(dirname "$0")"
npm install --no-audit --no-fund
`;
}

/**
 * `run_autograder`. A submission may hold the modules as the student pack lays them out
 * (`week1/initialization.ts`, or inside `student/`) or flat (`initialization.ts`, as Gradescope's
 * upload of single files gives them); flat files are moved to their places in a copy.
 * `AUTOGRADER_ROOT` (default `/autograder`) lets the script run against a simulated tree.
 */
export function gradescopeRun(assignments: readonly AssignmentContract[]): string {
  const moves = assignments.map((a) => `  place ${a.module.split("/")[1]} ${a.module}`).join("\n");
  return `#!/usr/bin/env bash
# Gradescope runs this for each submission. Exit 0 whenever results.json was written (it then says
# whether the work was graded); the grading command's own exit code is kept in results.json's output.
set -uo pipefail
ROOT="\${AUTOGRADER_ROOT:-/autograder}"
SOURCE="$ROOT/source"
SUBMISSION="$ROOT/submission"
RESULTS="$ROOT/results/results.json"
mkdir -p "$ROOT/results"
[ -d "$SUBMISSION/student" ] && SUBMISSION="$SUBMISSION/student"

# Flat uploads: initialization.ts → week1/initialization.ts, in a copy of the submission.
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -R "$SUBMISSION/." "$WORK/" 2>/dev/null || true
place() {
  for ext in ts js; do
    if [ -f "$WORK/$1.$ext" ] && [ ! -e "$WORK/$2.ts" ] && [ ! -e "$WORK/$2.js" ]; then
      mkdir -p "$WORK/$(dirname "$2")" && mv "$WORK/$1.$ext" "$WORK/$2.$ext"
    fi
  done
}
${moves}

"$SOURCE/node_modules/.bin/dnn-autograder" grade "$WORK" \\
  --isolation "\${DNN_AUTOGRADER_ISOLATION:-strict}" \\
  --fixtures "$SOURCE/fixtures" \\
  --format gradescope \\
  --hidden-visibility "\${DNN_HIDDEN_VISIBILITY:-after_published}" \\
  --out "$RESULTS"
status=$?
if [ ! -s "$RESULTS" ]; then
  # The grader itself failed before it could write a report: say so to Gradescope rather than nothing.
  printf '{"score": 0, "output": "The autograder failed (exit %s) before it could grade; please tell your instructor.", "tests": []}\n' "$status" > "$RESULTS"
  exit 3
fi
exit 0
`;
}

/** The README inside the bundle, for the instructor. */
export function gradescopeReadme(publicCases: number, hiddenCases: number): string {
  return `# dnn-autograder for Gradescope

Upload this zip as a programming assignment's autograder ("Zip file upload"). Students submit their
\`student/\` folder (or its files: \`initialization.ts\` alone is placed at \`week1/initialization.ts\`).

- \`setup.sh\` installs bubblewrap and Node 20, then the harness from \`vendor/\` (no registry needed).
- \`run_autograder\` grades the submission on ${publicCases} public and ${hiddenCases} hidden cases in strict isolation and
  writes \`/autograder/results/results.json\`; hidden cases are shown \`after_published\` (set
  \`DNN_HIDDEN_VISIBILITY\` to \`hidden\`, \`after_due_date\` or \`visible\` to change it).
- Strict isolation needs user namespaces; where the image has none, results.json says so and nothing is
  graded. \`DNN_AUTOGRADER_ISOLATION=basic\` grades with the lighter sandbox instead.
`;
}
