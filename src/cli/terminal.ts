/**
 * The one rule for what the CLI writes on a stream: progress bars and redrawn lines only on a
 * terminal, plain lines elsewhere (files, pipes, CI logs); colour only on a terminal and never when
 * `NO_COLOR` is set to a non-empty value (https://no-color.org). Every command that draws or colours
 * asks here, with the stream it writes to.
 */

/** What the rule needs of an output stream: whether it is a terminal (`process.stdout`, `process.stderr`, or a fake in tests). */
export interface OutputStream {
  isTTY?: boolean;
}

/** The environment variables the rule reads (default: `process.env`). */
export type Environment = Readonly<Record<string, string | undefined>>;

/** True when `stream` is a terminal (`isTTY` exactly `true`): a bar may be drawn and lines redrawn. */
export function isTerminal(stream: OutputStream): boolean {
  return stream.isTTY === true;
}

/** True when colour may be written to `stream`: a terminal, and `NO_COLOR` unset or empty in `env`. */
export function colourAllowed(stream: OutputStream, env: Environment = process.env): boolean {
  return isTerminal(stream) && !env.NO_COLOR;
}

/** The colours the CLI uses, as SGR codes. */
const SGR = { green: 32, yellow: 93, red: 31, dim: 2, bold: 1 } as const;

/** A colour of the CLI's: `green` done, `yellow` a warning, `red` a failure, `dim` and `bold` for emphasis. */
export type Colour = keyof typeof SGR;

/** Colours text, or leaves it as it is: `paint("green", "ok")`. */
export type Painter = (colour: Colour, text: string) => string;

/**
 * The painter for `stream`: `text` wrapped in the colour's escape sequence and a reset when
 * `colourAllowed(stream, env)`, else `text` unchanged.
 */
export function painter(stream: OutputStream, env: Environment = process.env): Painter {
  if (!colourAllowed(stream, env)) return (_colour, text) => text;
  return (colour, text) => (text === "" ? text : `\u001b[${SGR[colour]}m${text}\u001b[0m`);
}
