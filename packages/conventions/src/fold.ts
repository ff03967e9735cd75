/**
 * Vietnamese text without diacritics, case kept: "Đắk Lắk" → "Dak Lak". Used to spell English names
 * and to compare names typed without diacritics. Đ/đ are letters of their own (not a base letter
 * plus a mark), so NFD leaves them and they are mapped by hand; U+00D0 (Icelandic eth) is mapped too
 * because some datasets write "Ðồng Tháp" with it.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[ĐÐ]/g, "D")
    .replace(/đ/g, "d");
}

/**
 * A name reduced to compare headers and answers the way people write them: case, diacritics,
 * spaces and punctuation ignored ("Nhận thức số", "nhan_thuc_so" and "NHAN THUC SO" are one key).
 */
export function textKey(name: string): string {
  return foldText(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/**
 * A file name safe in an HTTP header's quoted filename (RFC 6266): folded to ASCII, and every
 * character still outside printable ASCII, a quote or a backslash becomes "_" ("Ảnh chụp.png" →
 * "Anh chup.png"). The UTF-8 original travels beside it in filename*.
 */
export function asciiFileName(name: string): string {
  return foldText(name).replace(/[^\x20-\x7e]|["\\]/g, "_");
}
