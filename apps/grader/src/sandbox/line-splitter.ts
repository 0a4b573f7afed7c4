/**
 * Cuts a byte stream into `\n`-terminated lines, as Buffers (the HMAC covers exact bytes,
 * so nothing is decoded here). A line longer than `maxLineBytes` is reported instead of
 * buffered, so a flood on the channel cannot exhaust the grader's memory.
 */
export class LineSplitter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private overflowed = false;

  constructor(
    private readonly maxLineBytes: number,
    private readonly onLine: (line: Buffer) => void,
    private readonly onOverflow: () => void,
  ) {}

  push(chunk: Buffer): void {
    let start = 0;
    while (!this.overflowed) {
      const newline = chunk.indexOf(0x0a, start);
      const piece = chunk.subarray(start, newline === -1 ? chunk.length : newline);
      if (this.pendingBytes + piece.length > this.maxLineBytes) {
        this.overflow();
        return;
      }
      if (newline === -1) {
        if (piece.length > 0) this.pending.push(piece);
        this.pendingBytes += piece.length;
        return;
      }
      const line = Buffer.concat([...this.pending, piece]);
      this.pending = [];
      this.pendingBytes = 0;
      start = newline + 1;
      this.onLine(line);
    }
  }

  /** Bytes after the last newline: an unterminated line, empty if the stream ended cleanly. */
  rest(): Buffer {
    return Buffer.concat(this.pending);
  }

  private overflow(): void {
    this.overflowed = true;
    this.pending = [];
    this.pendingBytes = 0;
    this.onOverflow();
  }
}
