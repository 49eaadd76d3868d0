import { PackageError } from '../package-error';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** `name` as the UTF-16LE bytes a compound file's directory stores stream names in. */
function utf16(name: string): Uint8Array {
  const bytes = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) bytes[i * 2] = name.charCodeAt(i);
  return bytes;
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  for (let at = bytes.indexOf(first); at >= 0 && at + needle.length <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    let i = 1;
    while (i < needle.length && bytes[at + i] === needle[i]) i++;
    if (i === needle.length) return true;
  }
  return false;
}

const ENCRYPTED_PACKAGE = utf16('EncryptedPackage');

/**
 * Refuses, with its own reason, a file that cannot be a workbook package before any attempt
 * to read it as a ZIP archive. A password-protected workbook is not a ZIP at all but an OLE
 * compound file holding an `EncryptedPackage` stream (MS-OFFCRYPTO §2.3.4.1); any other
 * compound file is taken for an Excel 97–2003 `.xls`. The stream name is looked for in the
 * file's bytes, where the compound file's directory holds it.
 */
export function refuseNonPackage(bytes: Uint8Array): void {
  if (startsWith(bytes, OLE_SIGNATURE)) throw new PackageError(contains(bytes, ENCRYPTED_PACKAGE) ? 'encrypted' : 'legacyXls');
  // A ZIP archive starts with a local header, or, when empty, with its end record.
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05))) throw new PackageError('notWorkbook');
}
