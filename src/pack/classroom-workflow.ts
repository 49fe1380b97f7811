/**
 * The GitHub Classroom workflow a student pack carries (`.github/workflows/classroom.yml`): on every
 * push it installs the project, fetches the hidden cases from a location the repository never holds
 * (an archive made by `dnn-autograder export fixtures`, at a URL kept in the organisation's secrets),
 * grades `student/` in strict isolation, and hands the result to GitHub Classroom's reporter.
 */

/** The workflow's YAML text. */
export function classroomWorkflow(): string {
  return `# Grades student/ on every push, public and hidden cases, for GitHub Classroom.
# The hidden cases are never in this repository: the instructor stores the archive made by
#   npx dnn-autograder export fixtures --out fixtures.tar.gz
# where only this workflow can read it (e.g. a private release asset), and sets two organisation
# secrets: DNN_FIXTURES_URL (the archive's URL) and DNN_FIXTURES_TOKEN (a token that may read it,
# sent as "Authorization: Bearer"). Without them, the public cases in fixtures/ are graded.
name: Autograding
on: [push, workflow_dispatch, repository_dispatch]
permissions:
  checks: write
  actions: read
  contents: read
jobs:
  grade:
    name: Autograding Tests
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Sandbox (bubblewrap)
        run: sudo apt-get update -q && sudo apt-get install -y -q bubblewrap
      - name: Install (from vendor/, no registry needed)
        run: npm install --no-audit --no-fund
      - name: Fetch the hidden cases
        env:
          DNN_FIXTURES_URL: \${{ secrets.DNN_FIXTURES_URL }}
          DNN_FIXTURES_TOKEN: \${{ secrets.DNN_FIXTURES_TOKEN }}
        run: |
          if [ -n "$DNN_FIXTURES_URL" ]; then
            mkdir -p "$RUNNER_TEMP/fixtures"
            curl -fsSL -H "Authorization: Bearer $DNN_FIXTURES_TOKEN" "$DNN_FIXTURES_URL" | tar -xz -C "$RUNNER_TEMP/fixtures"
            echo "DNN_AUTOGRADER_FIXTURES=$RUNNER_TEMP/fixtures" >> "$GITHUB_ENV"
          else
            echo "DNN_AUTOGRADER_FIXTURES=$PWD/fixtures" >> "$GITHUB_ENV"
          fi
      - name: Grade
        id: grade
        run: |
          npx dnn-autograder grade student --isolation strict --fixtures "$DNN_AUTOGRADER_FIXTURES" --format classroom --out "$RUNNER_TEMP/result.json" || true
          echo "result=$(base64 -w0 "$RUNNER_TEMP/result.json")" >> "$GITHUB_OUTPUT"
      - name: Report to GitHub Classroom
        uses: classroom-resources/autograding-grading-reporter@v1
        env:
          DNN_RESULTS: \${{ steps.grade.outputs.result }}
          GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}
        with:
          runners: dnn
`;
}
