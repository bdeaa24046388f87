/**
 * The languages of reports and of the session (the message catalogue, messages.ts, has every text in
 * each). On its own so the command definitions can offer `--lang` without loading the catalogue.
 */
export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
