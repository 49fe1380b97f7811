/**
 * jest's global setup, run in jest's own process before any worker starts (the workers, and every
 * process a test starts, inherit its environment): the build made fresh, and the environment rid
 * of what only slows each Node process down.
 */
import buildOnce from "./build-once";
import { dropStartupCostlyVariables } from "./node-start-env";

export default function globalSetup(): void {
  dropStartupCostlyVariables();
  buildOnce();
}
