/** The two shapes of a catalogue entry: fixed text, or text with parameters, in both languages. */

/** Two strings, the same text in both languages. */
export function text(zh: string, en: string): { zh: string; en: string } {
  return { zh, en };
}

/** Two functions of the same parameters. */
export function withParameters<P>(zh: (params: P) => string, en: (params: P) => string): { zh: (params: P) => string; en: (params: P) => string } {
  return { zh, en };
}
