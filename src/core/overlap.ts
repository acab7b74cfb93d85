// Keeps accepted matches from overlapping (earlier, more specific rules win), in linear time.
export class OverlapGuard {
  private readonly taken: Uint8Array;
  constructor(length: number) {
    this.taken = new Uint8Array(length + 1);
  }
  isFree(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return false;
    return true;
  }
  take(start: number, end: number): void {
    this.taken.fill(1, start, end);
  }
}
