/**
 * Decides how a file's bytes become text, and never guesses silently. Accepted: UTF-8 with or without a
 * BOM, UTF-16 with a BOM (Excel's "Unicode text") or without one (recognised by its zero bytes), and
 * GB18030/GBK (what Excel and WPS write on Chinese Windows) — GB18030 only when the bytes decode cleanly
 * *and* plausibly: nearly every double-byte character in the common GB2312 range. GB18030 maps almost
 * any byte pair to some rare character, so a Latin-1 file (`zürich`) decodes "cleanly" as `z黵ich`; that
 * is refused with the remedy "save as UTF-8" rather than read. A replacement character (U+FFFD) in the
 * decoded text means an earlier conversion already lost data: refused too. Binary files (workbooks
 * under a .csv name, images, archives) are recognised and named.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type EncodingProblem = 'binary' | 'encoding';

/** What the first bytes of a file say about it. */
export type Sniffed =
  | { ok: true; encoding: TextEncodingName; bomLength: number; certain: boolean }
  | { ok: false; reason: EncodingProblem; detail: string };

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncodingName; hadByteOrderMark: boolean }
  | { ok: false; reason: EncodingProblem; detail: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
export const SAVE_AS_UTF8 = 'open the file in Excel, WPS or a text editor and save it as "CSV UTF-8 (comma delimited)"';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte);
}

/** An OLE compound file that holds an "EncryptedPackage" stream is a password-protected .xlsx. */
export function isEncryptedOfficeFile(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, OLE_MAGIC)) return false;
  const name = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(name) >= 0;
}

/** Share of control bytes (other than tab, CR, LF, form feed) in a sample. */
function controlByteShare(sample: Uint8Array): number {
  if (sample.length === 0) return 0;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0 || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c)) control++;
  }
  return control / sample.length;
}

/** UTF-16 without a BOM: text that is mostly ASCII has a zero in every other byte. */
function utf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(sample.length, 8192) & ~1;
  if (length < 4) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let index = 0; index < length; index += 2) {
    if (sample[index] === 0) zeroEven++;
    if (sample[index + 1] === 0) zeroOdd++;
  }
  const pairs = length / 2;
  if (zeroOdd / pairs > 0.3 && zeroEven / pairs < 0.05) return 'utf-16le';
  if (zeroEven / pairs > 0.3 && zeroOdd / pairs < 0.05) return 'utf-16be';
  return undefined;
}

/** Reads the first bytes of a file: BOM, binary signatures, UTF-16 without BOM; else "UTF-8, to be confirmed". */
export function sniffEncoding(sample: Uint8Array): Sniffed {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { ok: true, encoding: 'utf-8', bomLength: 3, certain: true };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { ok: true, encoding: 'utf-16le', bomLength: 2, certain: true };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { ok: true, encoding: 'utf-16be', bomLength: 2, certain: true };
  if (startsWith(sample, ZIP_MAGIC)) return { ok: false, reason: 'binary', detail: 'the file is a ZIP archive (an .xlsx workbook saved under another name?)' };
  if (isEncryptedOfficeFile(sample)) return { ok: false, reason: 'binary', detail: 'the file is a password-protected (encrypted) Office workbook' };
  if (startsWith(sample, OLE_MAGIC)) return { ok: false, reason: 'binary', detail: 'the file is an old binary Office document (.xls)' };
  const utf16 = utf16WithoutBom(sample);
  if (utf16 !== undefined) return { ok: true, encoding: utf16, bomLength: 0, certain: true };
  if (controlByteShare(sample.subarray(0, 8192)) > 0.01) return { ok: false, reason: 'binary', detail: 'the file contains binary data (control bytes), not text' };
  return { ok: true, encoding: 'utf-8', bomLength: 0, certain: false };
}

/**
 * Counts, across chunks, how GB18030-like a byte stream is: double-byte characters in the GB2312 range
 * (symbols A1–A9, hanzi B0–F7, each with a trail byte A1–FE) are common; other pairs, four-byte
 * sequences and the lone 0x80 are rare in real Chinese text and common in misread Latin-1.
 */
export class Gb18030Plausibility {
  common = 0;
  rare = 0;
  private pending: number[] = [];

  push(bytes: Uint8Array): void {
    let index = 0;
    const take = (): number | undefined => (this.pending.length > 0 ? this.pending.shift() : index < bytes.length ? bytes[index++] : undefined);
    for (;;) {
      const lead = take();
      if (lead === undefined) return;
      if (lead < 0x80) continue;
      if (lead === 0x80 || lead === 0xff) {
        this.rare++;
        continue;
      }
      const trail = take();
      if (trail === undefined) {
        this.pending = [lead];
        return;
      }
      if (trail >= 0x30 && trail <= 0x39) {
        // a four-byte sequence: skip its last two bytes
        const rest = [take(), take()];
        if (rest[1] === undefined) {
          this.pending = [lead, trail, ...rest.filter((byte): byte is number => byte !== undefined)];
          return;
        }
        this.rare++;
        continue;
      }
      const gb2312 = ((lead >= 0xa1 && lead <= 0xa9) || (lead >= 0xb0 && lead <= 0xf7)) && trail >= 0xa1 && trail <= 0xfe;
      if (gb2312) this.common++;
      else this.rare++;
    }
  }

  /** Plausible Chinese text: some double-byte characters, at most 5 % of them outside GB2312. */
  plausible(): boolean {
    const total = this.common + this.rare;
    return total > 0 && this.rare <= total * 0.05;
  }
}

const REPLACEMENT = '\uFFFD';

/** The whole-buffer form of the decision (tests, small files); files are streamed by read-csv.ts. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const sniffed = sniffEncoding(bytes);
  if (!sniffed.ok) return sniffed;
  const body = bytes.subarray(sniffed.bomLength);
  const attempt = (encoding: TextEncodingName): string | undefined => {
    try {
      return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      return undefined;
    }
  };
  let encoding = sniffed.encoding;
  let text = attempt(encoding);
  if (text === undefined && !sniffed.certain) {
    const plausibility = new Gb18030Plausibility();
    plausibility.push(body);
    if (plausibility.plausible()) {
      encoding = 'gb18030';
      text = attempt('gb18030');
    }
  }
  if (text === undefined) return { ok: false, reason: 'encoding', detail: encodingFailure(sniffed) };
  if (text.includes(REPLACEMENT)) return { ok: false, reason: 'encoding', detail: replacementFailure() };
  return { ok: true, text, encoding, hadByteOrderMark: sniffed.bomLength > 0 };
}

/** Why bytes could not be decoded, in the user's words. */
export function encodingFailure(sniffed: { encoding: TextEncodingName; bomLength: number; certain: boolean }): string {
  if (sniffed.bomLength > 0 && sniffed.encoding === 'utf-8') return 'the file starts with a UTF-8 byte-order mark but holds bytes that are not UTF-8 (text in another encoding saved behind a BOM?)';
  if (sniffed.certain) return `the file looks like ${sniffed.encoding.toUpperCase()} text but holds bytes that are not valid ${sniffed.encoding.toUpperCase()}`;
  return 'the text is neither UTF-8 nor plausible GB18030/GBK (a Western encoding such as Latin-1 or Windows-1252?); reading it would garble characters';
}

export function replacementFailure(): string {
  return 'the text holds replacement characters (U+FFFD): an earlier conversion already lost characters';
}
