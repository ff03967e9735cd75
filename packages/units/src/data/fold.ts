/**
 * Vietnamese text without diacritics, case kept: "Đắk Lắk" → "Dak Lak". Used to spell English names
 * and to compare names typed without diacritics. Đ/đ are letters of their own (not a base letter
 * plus a mark), so NFD leaves them and they are mapped by hand; U+00D0 (Icelandic eth) is mapped too
 * because some datasets write "Ðồng Tháp" with it.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[ĐÐ]/g, "D")
    .replace(/đ/g, "d");
}
