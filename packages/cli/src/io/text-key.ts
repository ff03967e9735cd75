/**
 * A name reduced to compare headers the way people write them: case, diacritics, spaces and
 * punctuation ignored ("Nhận thức số", "nhan_thuc_so" and "NHAN THUC SO" are the same key).
 */
export function textKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}
