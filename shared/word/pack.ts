import { Packer, type Document } from 'docx';
import { fillFontTable } from './fonttable';

/** A built document as .docx bytes, with its font table filled in. */
export async function packWord(doc: Document): Promise<Uint8Array> {
  return fillFontTable(new Uint8Array(await Packer.toArrayBuffer(doc)));
}
