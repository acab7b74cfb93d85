/**
 * The list sorted by span start in place, stably (as by Array.prototype.sort): by insertion when
 * short, as rule matches come in a few runs already in order (no comparator call per comparison);
 * by Array.prototype.sort when long, so no input costs quadratic time.
 */
export function sortByStart<T extends { span: { start: number } }>(list: T[]): T[] {
  if (list.length > 64) return list.sort((a, b) => a.span.start - b.span.start);
  for (let k = 1; k < list.length; k++) {
    const item = list[k];
    const start = item.span.start;
    let j = k - 1;
    if (list[j].span.start <= start) continue;
    for (; j >= 0 && list[j].span.start > start; j--) list[j + 1] = list[j];
    list[j + 1] = item;
  }
  return list;
}
