import { inputs as shared } from "./shared";
import { inputs as iNenTang } from "./i-nen-tang";
import { inputs as iiHoatDong } from "./ii-hoat-dong";

/** Every input of the pack, each declared once. / Toàn bộ số liệu đầu vào, mỗi số liệu một lần. */
export const inputs = [...shared, ...iNenTang, ...iiHoatDong];
