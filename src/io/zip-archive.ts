/**
 * The few parts of a ZIP archive an .xlsx reader needs, read with limits: the central directory, and an
 * entry inflated with node's zlib capped at a byte count, so a zip bomb (a few kilobytes that inflate to
 * gigabytes) is stopped at the cap with a plain message, and no library's internals reach the user.
 * Encrypted entries, ZIP64 and compression methods other than stored/deflate are refused by name.
 */
import { inflateRawSync } from 'node:zlib';

export class ZipProblem extends Error {
  constructor(readonly kind: 'damaged' | 'encrypted' | 'unsupported' | 'too-large', message: string) {
    super(message);
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export function readZipDirectory(bytes: Buffer): Map<string, ZipEntry> {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let offset = bytes.length - 22; offset >= earliest; offset--) {
    if (bytes.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) {
      end = offset;
      break;
    }
  }
  if (end < 0) throw new ZipProblem('damaged', 'the ZIP archive has no directory (the file is cut off or not a workbook)');
  const count = bytes.readUInt16LE(end + 10);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipProblem('unsupported', 'the workbook uses ZIP64, which plancast does not read');
  const entries = new Map<string, ZipEntry>();
  let offset = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) throw new ZipProblem('damaged', 'the ZIP directory is damaged');
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > bytes.length) throw new ZipProblem('damaged', 'the ZIP directory is damaged');
    const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.set(name, {
      name,
      flags: bytes.readUInt16LE(offset + 8),
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      size: bytes.readUInt32LE(offset + 24),
      localHeaderOffset: bytes.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of an entry, inflated, at most `maxBytes` (else a 'too-large' problem). */
export function readZipEntry(bytes: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  if ((entry.flags & 1) !== 0) throw new ZipProblem('encrypted', `the part ${entry.name} is encrypted`);
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.length || bytes.readUInt32LE(header) !== LOCAL_HEADER) throw new ZipProblem('damaged', `the part ${entry.name} is damaged`);
  const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipProblem('damaged', `the part ${entry.name} is cut off`);
  const compressed = bytes.subarray(start, end);
  const tooLarge = new ZipProblem('too-large', `the part ${entry.name} inflates to more than ${Math.round(maxBytes / 1024 / 1024)} MB (a "zip bomb", or a sheet too large to read)`);
  if (entry.method === 0) {
    if (compressed.length > maxBytes) throw tooLarge;
    return compressed;
  }
  if (entry.method !== 8) throw new ZipProblem('unsupported', `the part ${entry.name} uses a compression method plancast does not read`);
  try {
    return inflateRawSync(compressed, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw tooLarge;
    throw new ZipProblem('damaged', `the part ${entry.name} cannot be decompressed (the file is damaged)`);
  }
}
