/** A progress line on standard error: redrawn in place on a terminal, one line per step otherwise. */
export class ProgressLine {
  private last = 0;
  constructor(private readonly total: number, private readonly stream: NodeJS.WriteStream = process.stderr) {}

  update(done: number, label: string): void {
    const text = `[${done}/${this.total}] ${label}`;
    if (this.stream.isTTY) {
      const now = Date.now();
      if (now - this.last < 80 && done < this.total) return;
      this.last = now;
      this.stream.write(`\r\x1b[2K${text.slice(0, (this.stream.columns ?? 100) - 1)}`);
    } else {
      this.stream.write(text + '\n');
    }
  }

  /** A passing detail ("pagina 3 di 6" of a slow file): drawn on a terminal only, never logged line by line. */
  note(done: number, label: string): void {
    if (this.stream.isTTY) this.update(done, label);
  }

  done(): void {
    if (this.stream.isTTY) this.stream.write('\r\x1b[2K');
  }
}
