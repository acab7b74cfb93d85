// A one-line progress bar on standard error, drawn only when it is a terminal (never in pipes, logs or CI).
export interface Progress { update(done: number, note: string): void; done(): void }

export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total <= 0) return { update: () => undefined, done: () => undefined };
  let last = 0;
  const draw = (done: number, note: string) => {
    const width = 30;
    const filled = Math.round((width * Math.min(done, total)) / total);
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor((100 * done) / total)}% ${note}\x1b[K`);
  };
  return {
    update(done, note) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      draw(done, note);
    },
    done() { stream.write('\r\x1b[K'); },
  };
}
