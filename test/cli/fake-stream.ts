import { Writable } from "node:stream";

/** A stream that keeps what is written to it, a terminal (80 columns) or not, as `isTTY` says. */
export interface FakeStream extends Writable {
  isTTY?: boolean;
  columns?: number;
  /** Everything written so far, as one string. */
  text(): string;
}

/** A fake of `process.stderr`: a terminal when `isTTY` is true, a file or pipe otherwise. */
export function fakeStream(isTTY: boolean): FakeStream {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  }) as FakeStream;
  if (isTTY) {
    stream.isTTY = true;
    stream.columns = 80;
  }
  stream.text = () => chunks.join("");
  return stream;
}

/** The escape character that starts every colour and cursor sequence. */
export const ESC = "\u001b";
