import JSZip from 'jszip';

interface FontInfo {
  /** The name Word looks for when the first is missing (the English name of a Chinese font, or its installed cousin). */
  altName?: string;
  panose: string;
  charset: string;
  family: 'roman' | 'swiss' | 'modern' | 'auto';
  pitch: 'variable' | 'fixed';
}

/**
 * What Word needs to substitute a font it does not have with one of the same family: 仿宋_GB2312 falls back to
 * 仿宋, 方正小标宋简体 to 宋体 (both carry the GB2312 charset and a CJK panose), Latin fonts to their class.
 */
const FONTS: Record<string, FontInfo> = {
  宋体: { altName: 'SimSun', panose: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable' },
  黑体: { altName: 'SimHei', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  仿宋: { altName: 'FangSong', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  楷体: { altName: 'KaiTi', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  楷体_GB2312: { altName: '楷体', panose: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  仿宋_GB2312: { altName: '仿宋', panose: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  方正小标宋简体: { altName: '宋体', panose: '02000000000000000000', charset: '86', family: 'auto', pitch: 'variable' },
  'Times New Roman': { panose: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable' },
  Arial: { panose: '020B0604020202020204', charset: '00', family: 'swiss', pitch: 'variable' },
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Every font a part names in its run fonts. */
export function fontsNamed(xml: string): string[] {
  const names = new Set<string>();
  for (const m of xml.matchAll(/<w:rFonts\b([^>]*)\/?>/g))
    for (const a of m[1]!.matchAll(/w:(?:ascii|hAnsi|eastAsia|cs)="([^"]*)"/g)) names.add(unescape(a[1]!));
  return [...names].sort();
}

function fontXml(name: string): string {
  const info = FONTS[name];
  if (!info) return `<w:font w:name="${escape(name)}"><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`;
  return (
    `<w:font w:name="${escape(name)}">${info.altName ? `<w:altName w:val="${escape(info.altName)}"/>` : ''}` +
    `<w:panose1 w:val="${info.panose}"/><w:charset w:val="${info.charset}"/><w:family w:val="${info.family}"/><w:pitch w:val="${info.pitch}"/></w:font>`
  );
}

/**
 * The `docx` library writes an empty font table; this fills it with each font the styles and the body use,
 * with altName, panose, charset, family and pitch, so a reader without the font falls back to the right family.
 */
export async function fillFontTable(docx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const parts = Object.keys(zip.files).filter((p) => /^word\/(styles|document|header\d*|footer\d*)\.xml$/.test(p));
  const names = new Set<string>();
  for (const part of parts) for (const n of fontsNamed(await zip.file(part)!.async('string'))) names.add(n);
  const table = zip.file('word/fontTable.xml');
  if (!table) return docx;
  const xml = await table.async('string');
  const open = /<w:fonts\b[^>]*?(\/?)>/.exec(xml);
  if (!open) return docx;
  const head = open[0].replace(/\/>$/, '>');
  const filled = `${xml.slice(0, open.index)}${head}${[...names].sort().map(fontXml).join('')}</w:fonts>`;
  zip.file('word/fontTable.xml', filled);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
