// A text's UTF-16 code units in a typed array, for scanners that read many of them: a typed array
// read is one load, where charCodeAt dispatches on the string's representation at each call.

/**
 * The code units of the last text asked for, copied once by a native write (Buffer.write utf16le)
 * and followed by one 0: a scan that reads one unit past the end meets a unit that is no letter,
 * space or mark, as charCodeAt's NaN is none. Each owner keeps its own copy (stages run one after
 * another over a batch, so a buffer shared with tokenize would hold another document's text).
 */
export class CodeUnits {
  private text = '';
  private bytes = Buffer.allocUnsafeSlow(2);
  private units = new Uint16Array(1);

  of(text: string): Uint16Array {
    if (text === this.text) return this.units;
    const n = text.length;
    if (n + 1 > this.units.length || this.units.length > 4 * (n + 1024)) {
      this.bytes = Buffer.allocUnsafeSlow(2 * (n + 1));
      this.units = new Uint16Array(this.bytes.buffer, this.bytes.byteOffset, n + 1);
    }
    this.bytes.write(text, 0, 'utf16le');
    this.units[n] = 0;
    this.text = text;
    return this.units;
  }
}

/** scan-back's lettersCode over code units: the ASCII letters u[start, end), any case, base 27; 0 when empty or longer than 11. */
export function unitsLettersCode(u: Uint16Array, start: number, end: number): number {
  if (end - start > 11) return 0;
  let code = 0;
  for (let p = start; p < end; p++) code = code * 27 + ((u[p] | 32) - 96);
  return code;
}
