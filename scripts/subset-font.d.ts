declare module 'subset-font' {
  /** Subsets a font (TTF/OTF/WOFF/WOFF2 buffer) to the characters of `text`. */
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2'; preserveNameIds?: number[] },
  ): Promise<Buffer>;
}
