/** Decodes a data: URL (no Buffer: this runs in the browser too). */
export function decodeDataUrl(src: string): { type: 'png' | 'jpg' | 'gif'; data: Uint8Array } | null {
  const m = /^data:image\/(png|jpeg|gif);base64,(.*)$/.exec(src);
  if (!m) return null;
  const binary = atob(m[2]!);
  const data = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
  return { type: m[1] === 'jpeg' ? 'jpg' : (m[1] as 'png' | 'gif'), data };
}

/** Pixel size from the file header: PNG IHDR, GIF screen descriptor, JPEG start-of-frame. */
export function imageSize(type: 'png' | 'jpg' | 'gif', d: Uint8Array): { width: number; height: number } | null {
  const u16be = (i: number) => (d[i]! << 8) | d[i + 1]!;
  if (type === 'png' && d.length >= 24) return { width: (u16be(16) << 16) | u16be(18), height: (u16be(20) << 16) | u16be(22) };
  if (type === 'gif' && d.length >= 10) return { width: d[6]! | (d[7]! << 8), height: d[8]! | (d[9]! << 8) };
  if (type === 'jpg') {
    let i = 2;
    while (i + 9 < d.length) {
      if (d[i] !== 0xff) return null;
      const marker = d[i + 1]!;
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { height: u16be(i + 5), width: u16be(i + 7) };
      i += 2 + u16be(i + 2);
    }
  }
  return null;
}
