/**
 * How far a worker thread may run ahead of the thread consuming what it posts: it takes a
 * credit before posting, and gets one back each time the consumer asks for more. Keeps the
 * memory between the two threads bounded whatever the input's size.
 */
export class Credits {
  private wake: (() => void) | null = null;

  constructor(private available: number) {}

  /** Waits for a credit and takes it. */
  async take(): Promise<void> {
    while (this.available <= 0) await new Promise<void>((resolve) => (this.wake = resolve));
    this.available -= 1;
  }

  /** The consumer asked for more. */
  give(): void {
    this.available += 1;
    this.wake?.();
    this.wake = null;
  }
}
