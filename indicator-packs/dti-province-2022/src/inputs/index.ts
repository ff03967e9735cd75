// Data of the 922/QĐ-BTTTT provincial DTI pack. Transcribed from Phụ lục 2 of Kế hoạch 4233/KH-UBND
// (Ninh Thuận, 28/9/2022); see README.md "Sources". Doubtful items carry `provisional`.
import { inputs as shared } from "./shared";
import { inputs as iNhanThucSo } from "./i-nhan-thuc-so";
import { inputs as iiTheCheSo } from "./ii-the-che-so";
import { inputs as iiiHaTangSo } from "./iii-ha-tang-so";
import { inputs as ivNhanLucSo } from "./iv-nhan-luc-so";
import { inputs as vAnToanThongTinMang } from "./v-an-toan-thong-tin-mang";
import { inputs as viHoatDongChinhQuyenSo } from "./vi-hoat-dong-chinh-quyen-so";
import { inputs as viiHoatDongKinhTeSo } from "./vii-hoat-dong-kinh-te-so";
import { inputs as viiiHoatDongXaHoiSo } from "./viii-hoat-dong-xa-hoi-so";

/** Every input of the pack, each declared once. */
export const inputs = [
  ...shared,
  ...iNhanThucSo,
  ...iiTheCheSo,
  ...iiiHaTangSo,
  ...ivNhanLucSo,
  ...vAnToanThongTinMang,
  ...viHoatDongChinhQuyenSo,
  ...viiHoatDongKinhTeSo,
  ...viiiHoatDongXaHoiSo,
];
