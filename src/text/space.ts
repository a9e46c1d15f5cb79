// White space as the \s of a regular expression sees it, tested by code unit
// (cheaper than a pattern where every line of a sheet is tested).

/** What \s matches: ASCII white space, no-break and ideographic spaces, the Unicode space separators, line and paragraph separators, the BOM. */
export function isSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
