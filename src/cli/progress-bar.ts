/**
 * The CLI's progress bar (cli-progress), one style for every long command: on a terminal that takes
 * colour, a green bar of blocks; without colour (`NO_COLOR`), `#` and `-`. Callers draw it only on a
 * terminal (`isTerminal`), and print plain lines elsewhere.
 */
import { SingleBar } from "cli-progress";
import { colourAllowed, painter, type Environment } from "./terminal";

/** The bar's characters: blocks where colour is allowed, `#` and `-` without it. */
export function barCharacters(colour: boolean): { barCompleteChar: string; barIncompleteChar: string } {
  return colour ? { barCompleteChar: "\u2588", barIncompleteChar: "\u2591" } : { barCompleteChar: "#", barIncompleteChar: "-" };
}

/**
 * A bar on `stream` whose line is `label`, the bar, then `rest` (cli-progress placeholders such as
 * `{value}/{total}`, `{eta_formatted}` and payload fields); not started.
 */
export function progressBar(stream: NodeJS.WritableStream & { isTTY?: boolean }, env: Environment, label: string, rest: string): SingleBar {
  const colour = colourAllowed(stream, env);
  return new SingleBar({
    format: `${label} ${painter(stream, env)("green", "{bar}")} ${rest}`,
    stream,
    hideCursor: true,
    ...barCharacters(colour),
  });
}
