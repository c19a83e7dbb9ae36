import { open } from 'node:fs/promises';
import { ImportError } from '../import-error.js';

/** The end-of-central-directory record every complete ZIP (and so XLSX) file ends with. */
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const TAIL = 65_557;

export class BrokenWorkbookError extends ImportError {}

/**
 * Checks that an XLSX file is whole before reading it: a file cut short (an interrupted
 * download) lacks the ZIP directory at its end, and a streaming reader would otherwise
 * import only the rows before the cut.
 */
export async function checkZipIsComplete(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, TAIL);
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, size - length);
    for (let index = length - 22; index >= 0; index -= 1) {
      if (tail.readUInt32LE(index) === END_OF_CENTRAL_DIRECTORY) return;
    }
  } finally {
    await handle.close();
  }
  throw new BrokenWorkbookError('xlsx_incomplete');
}
