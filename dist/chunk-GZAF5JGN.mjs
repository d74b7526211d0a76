// cli/progress-line.ts
var ProgressLine = class {
  constructor(total, stream = process.stderr) {
    this.total = total;
    this.stream = stream;
  }
  total;
  stream;
  last = 0;
  update(done, label) {
    const text = `[${done}/${this.total}] ${label}`;
    if (this.stream.isTTY) {
      const now = Date.now();
      if (now - this.last < 80 && done < this.total) return;
      this.last = now;
      this.stream.write(`\r\x1B[2K${text.slice(0, (this.stream.columns ?? 100) - 1)}`);
    } else {
      this.stream.write(text + "\n");
    }
  }
  /** A passing detail ("pagina 3 di 6" of a slow file): drawn on a terminal only, never logged line by line. */
  note(done, label) {
    if (this.stream.isTTY) this.update(done, label);
  }
  done() {
    if (this.stream.isTTY) this.stream.write("\r\x1B[2K");
  }
};

export {
  ProgressLine
};
//# sourceMappingURL=chunk-GZAF5JGN.mjs.map
