import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/** Asks for a secret on the terminal without echoing what is typed. */
export function askHidden(question: string): Promise<string> {
  process.stdout.write(question);
  let muted = true;
  const silent = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const reader = createInterface({ input: process.stdin, output: silent, terminal: true });
  return new Promise((resolve) => {
    reader.question('', (answer) => {
      muted = false;
      reader.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

/** The first line of a stream (a password piped in), without its line break. */
export async function readFirstLine(stream: NodeJS.ReadableStream): Promise<string> {
  const reader = createInterface({ input: stream, terminal: false });
  for await (const line of reader) {
    reader.close();
    return line;
  }
  return '';
}
