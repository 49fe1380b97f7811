/**
 * What every Node process the tests start inherits. A Node process given NODE_EXTRA_CA_CERTS reads
 * and parses that certificate bundle as it starts (about 40 ms of CPU for the system's bundle); no
 * test makes a TLS connection, and a run of the tests starts hundreds of Node processes (jest's
 * workers, the CLI, npm, and the jest and tsc of the packs), so the variable is dropped before any
 * of them starts.
 */

/** The variables dropped: each costs every Node start and no test needs it. */
export const STARTUP_COSTLY_VARIABLES = ["NODE_EXTRA_CA_CERTS"] as const;

/** Removes the `STARTUP_COSTLY_VARIABLES` from `env` (default: this process's, which the processes it starts inherit). */
export function dropStartupCostlyVariables(env: NodeJS.ProcessEnv = process.env): void {
  for (const name of STARTUP_COSTLY_VARIABLES) delete env[name];
}
