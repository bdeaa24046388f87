/**
 * Text made safe for a terminal. Data can carry control characters — an ESC sequence in an indicator
 * name that clears the screen or sets the window title (OSC), a C1 control, a bidi override that makes
 * "evil.csv" read as "vsc.live" — and plancast prints names, sources, notes and scenario labels. Every
 * line the CLI prints passes through here: in plain text these are removed (tab and line feed stay); in
 * JSON, where JSON.stringify has already escaped C0 controls, the C1 and bidi characters are written as
 * \uXXXX escapes instead, so the JSON still parses to the same data.
 */

// ESC sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ST), DCS/SOS/PM/APC (ESC P|X|^|_ … ST), and two-character ESC x.
const ESCAPE_SEQUENCE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?|[@-Z\\-_]|[ -/]*[0-~]?)|\x9b[0-?]*[ -/]*[@-~]|\x9d[^\x07\x9c]*[\x07\x9c]?/g;
// C0 controls but tab and line feed, DEL, C1 controls.
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
// Bidirectional formatting characters: embeddings and overrides, isolates, marks.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
const UNSAFE_IN_JSON = /[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

function looksLikeJson(text: string): boolean {
  const trimmed = text.trim();
  return (trimmed.startsWith('{') && trimmed.endsWith('}')) || (trimmed.startsWith('[') && trimmed.endsWith(']'));
}

export function sanitizeForTerminal(text: string): string {
  if (looksLikeJson(text) && !/[\x00-\x08\x0b-\x1f]/.test(text)) {
    return text.replace(UNSAFE_IN_JSON, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  }
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '').replace(BIDI, '');
}
