import { createCipheriv, createDecipheriv, createHmac, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, fstatSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { KIT_FORMAT_VERSION, kitHeaderSchema, type KitHeader } from '../../../shared/kit/header';
import { AppError } from '../errors';

/*
 * The .qmskit container: one file, always encrypted.
 *
 *   magic "QMSKIT\0\x1a" (8) | format version u16 BE | header length u32 BE | header (UTF-8 JSON) |
 *   passphrase check (32) | AES-256-GCM ciphertext of the payload (header.payload.length) | GCM tag (16)
 *
 * The key comes from scrypt (parameters and salt in the header). Everything before the ciphertext is the
 * GCM associated data, so the header cannot be changed without the tag failing. The passphrase check
 * (HMAC with a second key from the same scrypt output) tells a wrong passphrase from a damaged file before
 * anything is decrypted. Encryption and decryption stream: memory stays flat whatever the size.
 */

const MAGIC = Buffer.from('QMSKIT\0\x1a', 'latin1');
const FIXED = MAGIC.length + 2 + 4;
const CHECK_LENGTH = 32;
const TAG_LENGTH = 16;
const MAX_HEADER = 1 << 20;
const CHECK_LABEL = 'qmskit passphrase check v1';
export const MIN_PASSPHRASE = 8;

export interface KdfParams {
  N: number;
  r: number;
  p: number;
}
/** 64 MiB and a few tenths of a second per derivation: cheap once, costly for guessing. */
export const DEFAULT_KDF: KdfParams = { N: 1 << 16, r: 8, p: 1 };

const kdfMemory = (k: KdfParams) => 128 * k.N * k.r * k.p + 1024 * 1024;
/** Refuses parameters a crafted header could use to exhaust memory or time. */
function kdfAcceptable(k: KdfParams): boolean {
  const powerOfTwo = k.N > 1 && (k.N & (k.N - 1)) === 0;
  return powerOfTwo && k.N <= 1 << 20 && k.r >= 1 && k.r <= 32 && k.p >= 1 && k.p <= 16 && kdfMemory(k) <= 1 << 30;
}

async function deriveKeys(passphrase: string, salt: Buffer, k: KdfParams): Promise<{ enc: Buffer; check: Buffer }> {
  const options: ScryptOptions = { N: k.N, r: k.r, p: k.p, maxmem: kdfMemory(k) };
  const out = await new Promise<Buffer>((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 64, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
  return { enc: out.subarray(0, 32), check: out.subarray(32) };
}

const checkValue = (checkKey: Buffer) => createHmac('sha256', checkKey).update(CHECK_LABEL).digest();

export type KitHeaderFields = Omit<KitHeader, 'formatVersion' | 'payload' | 'kdf' | 'cipher'>;

function prefixOf(header: KitHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const fixed = Buffer.alloc(FIXED);
  MAGIC.copy(fixed, 0);
  fixed.writeUInt16BE(header.formatVersion, MAGIC.length);
  fixed.writeUInt32BE(json.length, MAGIC.length + 2);
  return Buffer.concat([fixed, json]);
}

/** Encrypts the payload file into `out` (written beside it, then renamed: a failed write leaves no kit). */
export async function writeKit(out: string, fields: KitHeaderFields, payloadFile: string, passphrase: string, kdf: KdfParams = DEFAULT_KDF): Promise<KitHeader> {
  if (passphrase.length < MIN_PASSPHRASE) throw new AppError('VALIDATION', 'kit.passphraseShort', { min: MIN_PASSPHRASE });
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const header: KitHeader = kitHeaderSchema.parse({
    ...fields,
    formatVersion: KIT_FORMAT_VERSION,
    payload: { kind: 'sqlite', length: statSync(payloadFile).size },
    kdf: { name: 'scrypt', ...kdf, salt: salt.toString('base64') },
    cipher: { name: 'aes-256-gcm', nonce: nonce.toString('base64') },
  });
  const keys = await deriveKeys(passphrase, salt, kdf);
  const aad = Buffer.concat([prefixOf(header), checkValue(keys.check)]);
  const cipher = createCipheriv('aes-256-gcm', keys.enc, nonce);
  cipher.setAAD(aad);
  const part = `${out}.part`;
  try {
    await pipeline(
      async function* () {
        yield aad;
        for await (const chunk of createReadStream(payloadFile, { highWaterMark: 1 << 20 })) yield cipher.update(chunk as Buffer);
        yield cipher.final();
        yield cipher.getAuthTag();
      },
      createWriteStream(part),
    );
    renameSync(part, out);
  } catch (err) {
    rmSync(part, { force: true });
    throw err;
  }
  return header;
}

interface Prefix {
  header: KitHeader;
  /** The associated data without the check value. */
  prefix: Buffer;
  check: Buffer;
  size: number;
}

function readExactly(fd: number, length: number, position: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = readSync(fd, buf, 0, length, position);
  return buf.subarray(0, n);
}

/** Reads and checks the clear-text part (magic, version, header) without any key. */
export function readKitHeader(file: string): Prefix {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    throw new AppError('VALIDATION', 'kit.notKit', { file });
  }
  try {
    const size = fstatSync(fd).size;
    const fixed = readExactly(fd, FIXED, 0);
    if (fixed.length < MAGIC.length || !fixed.subarray(0, MAGIC.length).equals(MAGIC)) throw new AppError('VALIDATION', 'kit.notKit', { file });
    if (fixed.length < FIXED) throw new AppError('VALIDATION', 'kit.truncated', { missing: FIXED - fixed.length });
    const version = fixed.readUInt16BE(MAGIC.length);
    if (version !== KIT_FORMAT_VERSION) throw new AppError('VALIDATION', 'kit.version', { found: version, known: KIT_FORMAT_VERSION });
    const length = fixed.readUInt32BE(MAGIC.length + 2);
    if (length > MAX_HEADER) throw new AppError('VALIDATION', 'kit.corrupt');
    const json = readExactly(fd, length, FIXED);
    const check = readExactly(fd, CHECK_LENGTH, FIXED + length);
    if (json.length < length || check.length < CHECK_LENGTH)
      throw new AppError('VALIDATION', 'kit.truncated', { missing: FIXED + length + CHECK_LENGTH - size });
    let header: KitHeader;
    try {
      header = kitHeaderSchema.parse(JSON.parse(json.toString('utf8')));
    } catch {
      throw new AppError('VALIDATION', 'kit.corrupt');
    }
    if (header.formatVersion !== version) throw new AppError('VALIDATION', 'kit.corrupt');
    const expected = FIXED + length + CHECK_LENGTH + header.payload.length + TAG_LENGTH;
    if (size < expected) throw new AppError('VALIDATION', 'kit.truncated', { missing: expected - size });
    if (size > expected) throw new AppError('VALIDATION', 'kit.corrupt');
    return { header, prefix: Buffer.concat([fixed, json]), check, size };
  } finally {
    closeSync(fd);
  }
}

/** Checks the passphrase against the header (no decryption yet); answers the keys. */
async function unlock(file: string, passphrase: string): Promise<Prefix & { key: Buffer }> {
  const p = readKitHeader(file);
  const { kdf } = p.header;
  if (!kdfAcceptable(kdf)) throw new AppError('VALIDATION', 'kit.corrupt');
  const keys = await deriveKeys(passphrase, Buffer.from(kdf.salt, 'base64'), kdf);
  if (!timingSafeEqual(checkValue(keys.check), p.check)) throw new AppError('VALIDATION', 'kit.wrongPassphrase');
  return { ...p, key: keys.enc };
}

const discard = () => new Writable({ write: (_chunk, _enc, done) => done() });

/**
 * Decrypts and authenticates the whole payload, streaming it into `outFile` (or nowhere, to check only).
 * On any failure the partial output is removed and a typed error says why.
 */
export async function decryptKit(file: string, passphrase: string, outFile: string | null): Promise<KitHeader> {
  const p = await unlock(file, passphrase);
  const start = p.prefix.length + CHECK_LENGTH;
  const length = p.header.payload.length;
  const fd = openSync(file, 'r');
  let tag: Buffer;
  try {
    tag = readExactly(fd, TAG_LENGTH, start + length);
  } finally {
    closeSync(fd);
  }
  const decipher = createDecipheriv('aes-256-gcm', p.key, Buffer.from(p.header.cipher.nonce, 'base64'));
  decipher.setAAD(Buffer.concat([p.prefix, p.check]));
  decipher.setAuthTag(tag);
  const source = length === 0 ? [Buffer.alloc(0)] : createReadStream(file, { start, end: start + length - 1, highWaterMark: 1 << 20 });
  try {
    await pipeline(source, decipher, outFile ? createWriteStream(outFile) : discard());
  } catch (err) {
    if (outFile) rmSync(outFile, { force: true });
    if (err instanceof Error && /authenticate|bad decrypt/i.test(err.message)) throw new AppError('VALIDATION', 'kit.corrupt');
    throw err;
  }
  return p.header;
}
