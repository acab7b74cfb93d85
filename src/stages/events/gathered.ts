// A list an event's items are gathered in, reused from one event to the next and copied out at its size.
// The slots stay allocated: setting an array's length to 0 frees them, and a list grown by push reserves 16.

export class Gathered<T> {
  private readonly items: T[] = [];
  private count = 0;

  get length(): number { return this.count; }
  at(i: number): T { return this.items[i]; }
  clear(): void { this.count = 0; }
  add(x: T): void { this.items[this.count++] = x; }

  /** Stable insertion sort: a dozen items, and Array.prototype.sort allocates a work array per call. */
  sort(order: (a: T, b: T) => number): void {
    const list = this.items;
    for (let i = 1; i < this.count; i++) {
      const x = list[i];
      let j = i - 1;
      for (; j >= 0 && order(list[j], x) > 0; j--) list[j + 1] = list[j];
      list[j + 1] = x;
    }
  }

  /** The items, in a new list of their number. */
  copy(): T[] { return this.items.slice(0, this.count); }
}
