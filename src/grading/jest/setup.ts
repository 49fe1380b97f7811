/** Jest setup: registers the harness's matchers. */
import { toBeCloseToArray } from "./to-be-close-to-array";

expect.extend({ toBeCloseToArray });
