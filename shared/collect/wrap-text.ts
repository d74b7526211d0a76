/** What measuring a line needs of a font: pdf-lib's PDFFont, embedded or standard, has it. */
export interface TextWidth {
  widthOfTextAtSize(text: string, size: number): number;
}

/**
 * Greedy line breaking at white space, for the PDFs of a collection (the form, the receipt): as many
 * words on a line as fit in `width` at `size`; a single word longer than the line is left to overflow.
 */
export function wrapText(text: string, font: TextWidth, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}
