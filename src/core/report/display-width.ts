/**
 * The columns a text takes in a terminal, the measure the CLI's tables and the session lay text out by (and
 * the one Ink uses): counted directly when every character is one of simple-text-width.ts's, else
 * string-width's (its grapheme segmenter, tens of milliseconds to create, is made on first use in the
 * bundle: scripts/bundle.mjs).
 */
import stringWidth from 'string-width';
import { simpleTextWidth } from './simple-text-width.js';

export function displayWidth(text: string): number {
  return simpleTextWidth(text) ?? stringWidth(text);
}
