/** What a file is, read from its bytes: the names users give files are not evidence. */
export type Sniffed =
  | { kind: 'accepted'; mediaType: string }
  | { kind: 'heic' | 'webp' | 'refused'; description: string };

const startsWith = (buf: Buffer, bytes: number[], at = 0) => bytes.every((b, i) => buf[at + i] === b);
const ascii = (buf: Buffer, from: number, to: number) => buf.subarray(from, to).toString('latin1');

/** File names in a zip's central directory (enough to tell .docx from .xlsx from .pptx). */
function zipEntryNames(buf: Buffer): string[] | null {
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
  const from = Math.max(0, buf.length - 65_557);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]), buf.length - 22);
  if (eocd < from) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count && i < 10_000; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    names.push(buf.subarray(at + 46, at + 46 + nameLen).toString('utf8'));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

function sniffZip(buf: Buffer): Sniffed {
  const names = zipEntryNames(buf);
  if (!names) return { kind: 'refused', description: 'damaged zip archive' };
  if (!names.includes('[Content_Types].xml')) return { kind: 'refused', description: 'zip archive' };
  if (names.some((n) => n.startsWith('word/'))) return { kind: 'accepted', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
  if (names.some((n) => n.startsWith('xl/'))) return { kind: 'accepted', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  if (names.some((n) => n.startsWith('ppt/'))) return { kind: 'accepted', mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' };
  return { kind: 'refused', description: 'Office Open XML package' };
}

/** An OLE compound file (old .doc/.xls/.msg): its streams name what it holds; we look for their UTF-16 names. */
function sniffOle(buf: Buffer): Sniffed {
  const utf16 = (s: string) => Buffer.from(s, 'utf16le');
  if (buf.includes(utf16('WordDocument'))) return { kind: 'accepted', mediaType: 'application/msword' };
  if (buf.includes(utf16('Workbook')) || buf.includes(utf16('Book'))) return { kind: 'accepted', mediaType: 'application/vnd.ms-excel' };
  return { kind: 'refused', description: 'OLE compound file' };
}

/** Plain text (UTF-8 or GB18030, as Chinese Excel writes CSV): no control bytes besides tab, CR, LF and FF. */
function looksLikeText(buf: Buffer): boolean {
  for (const b of buf.subarray(0, 64 * 1024)) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  return true;
}

export function sniff(buf: Buffer): Sniffed {
  if (startsWith(buf, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { kind: 'accepted', mediaType: 'application/pdf' };
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'accepted', mediaType: 'image/png' };
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { kind: 'accepted', mediaType: 'image/jpeg' };
  if (ascii(buf, 0, 6) === 'GIF87a' || ascii(buf, 0, 6) === 'GIF89a') return { kind: 'accepted', mediaType: 'image/gif' };
  if (ascii(buf, 0, 4) === 'RIFF' && ascii(buf, 8, 12) === 'WEBP') return { kind: 'webp', description: 'WebP image' };
  if (ascii(buf, 4, 8) === 'ftyp' && /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(ascii(buf, 8, 12)))
    return { kind: 'heic', description: 'HEIC image' };
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(buf);
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return sniffOle(buf);
  if (startsWith(buf, [0x4d, 0x5a])) return { kind: 'refused', description: 'Windows program' };
  if (startsWith(buf, [0x7f, 0x45, 0x4c, 0x46])) return { kind: 'refused', description: 'Linux program' };
  if (looksLikeText(buf)) {
    if (ascii(buf, 0, 2) === '#!') return { kind: 'refused', description: 'script' };
    return { kind: 'accepted', mediaType: 'text/plain' };
  }
  return { kind: 'refused', description: 'unknown binary data' };
}

/** Width and height from the header alone, so a decompression bomb is caught before decoding. */
export function imageSize(buf: Buffer, mediaType: string): { width: number; height: number } | null {
  try {
    if (mediaType === 'image/png') return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
    if (mediaType === 'image/gif') return { width: buf.readUInt16LE(6), height: buf.readUInt16LE(8) };
    if (mediaType === 'image/jpeg') {
      let at = 2;
      while (at + 9 < buf.length) {
        if (buf[at] !== 0xff) return null;
        const marker = buf[at + 1]!;
        const len = buf.readUInt16BE(at + 2);
        // SOF0…SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
        if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
          return { height: buf.readUInt16BE(at + 5), width: buf.readUInt16BE(at + 7) };
        at += 2 + len;
      }
    }
  } catch {
    return null;
  }
  return null;
}
