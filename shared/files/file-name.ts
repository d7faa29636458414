/**
 * File names that every desktop file system accepts: no characters Windows forbids, no control
 * characters, no trailing dots or spaces, and at most MAX_FILE_NAME_BYTES bytes of UTF-8 (ext4, NTFS
 * and APFS allow 255; the margin leaves room for the " (1)" a browser adds to a second download).
 */
export const MAX_FILE_NAME_BYTES = 240;

const bytes = (s: string) => new TextEncoder().encode(s).length;

const clean = (s: string) =>
  s
    .replace(/[\\/:*?"<>|]+|\p{Cc}+/gu, '_')
    .replace(/\s+/gu, ' ')
    .trim();

/** The longest start of `text` (whole characters) that fits in `max` bytes. */
function cutToBytes(text: string, max: number): string {
  let out = '';
  let used = 0;
  for (const ch of text) {
    const size = bytes(ch);
    if (used + size > max) break;
    out += ch;
    used += size;
  }
  return out;
}

/**
 * `head middle tail.ext`, where only the middle (a title) is shortened, with an ellipsis, when the whole
 * would be too long: the document number, revision label and extension always survive.
 */
export function safeFileName({ head = '', middle, tail = '', ext }: { head?: string; middle: string; tail?: string; ext: string }): string {
  const [h, m, t] = [clean(head), clean(middle), clean(tail)];
  const join = (mid: string) => [h, mid, t].filter(Boolean).join(' ').replace(/[. ]+$/u, '') + ext;
  const whole = join(m);
  if (bytes(whole) <= MAX_FILE_NAME_BYTES) return whole;
  const room = MAX_FILE_NAME_BYTES - bytes(join('…'));
  return join(`${cutToBytes(m, Math.max(0, room)).trimEnd()}…`);
}
