// Performance marks the benchmarks read: `name` when a view has its data drawn, `name:painted`
// after the browser's next frame (what a person sees).
export function markReady(name: string): void {
  performance.mark(name);
  requestAnimationFrame(() => setTimeout(() => performance.mark(`${name}:painted`), 0));
}
