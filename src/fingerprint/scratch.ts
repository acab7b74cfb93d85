// A buffer reused from call to call by synchronous code that hashes what it writes at once: a
// buffer allocated per text cost a tenth of the fingerprints' time. One larger than `keepBytes` is
// handed out but not kept, so one huge document does not pin its memory.
export class ScratchBuffer {
  private buffer: Buffer;

  constructor(initialBytes: number, private readonly keepBytes: number) {
    this.buffer = Buffer.allocUnsafe(initialBytes);
  }

  /** A buffer of at least `size` bytes, overwritten by the next call. */
  of(size: number): Buffer {
    if (this.buffer.length >= size) return this.buffer;
    const grown = Buffer.allocUnsafe(size);
    if (size <= this.keepBytes) this.buffer = grown;
    return grown;
  }
}
