import { createCanvas } from '@napi-rs/canvas';
import JSZip from 'jszip';

/** A real PNG or JPEG of the given size: a gradient with a mark, so thumbnails have something to show. */
export async function imageOf(width: number, height: number, format: 'png' | 'jpeg' = 'png'): Promise<Buffer> {
  const canvas = createCanvas(width, height);
  const g = canvas.getContext('2d');
  const grad = g.createLinearGradient(0, 0, width, height);
  grad.addColorStop(0, '#1677ff');
  grad.addColorStop(1, '#ffd666');
  g.fillStyle = grad;
  g.fillRect(0, 0, width, height);
  g.fillStyle = '#000';
  g.fillRect(width / 4, height / 4, width / 2, height / 2);
  return format === 'png' ? canvas.encode('png') : canvas.encode('jpeg', 85);
}

/** A minimal Office Open XML package: enough for content sniffing (not for opening in Word). */
export async function officePackageOf(kind: 'word' | 'xl' | 'ppt'): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file(`${kind}/document.xml`, '<x/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** Bytes that start like a file of another kind (magic numbers only). */
export const fakeExe = () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
export const fakeHeic = () => Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(100)]);
export const minimalPdf = () => Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
