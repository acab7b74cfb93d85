// Character classes by UTF-16 code, for the hand-written scans over running text.

/** JavaScript's \s, tested cheaply for the ASCII letters it mostly meets. */
export const isSpace = (c: number): boolean => c <= 32
  ? c === 32 || (c >= 9 && c <= 13)
  : c >= 0xa0 && (c === 0xa0 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x1680 || c === 0x205f || c === 0xfeff);
export const isUpper = (c: number): boolean => c >= 65 && c <= 90;
export const isLower = (c: number): boolean => c >= 97 && c <= 122;
export const isAsciiLetter = (c: number): boolean => isUpper(c) || isLower(c);
export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
/** A regular expression's \w (without the u flag): ASCII letters, digits and the underscore. */
export const isWordChar = (c: number): boolean => isAsciiLetter(c) || isAsciiDigit(c) || c === 95;
