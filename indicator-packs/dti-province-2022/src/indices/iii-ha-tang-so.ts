// Data of the 922/QĐ-BTTTT provincial DTI pack. Transcribed from Phụ lục 2 of Kế hoạch 4233/KH-UBND
// (Ninh Thuận, 28/9/2022); see README.md "Sources". Doubtful items carry `provisional`.
import { defineIndicators, type PackDefinition } from "@dti/pack-sdk";
import { lines } from "../lines";

/** Chỉ số chính III – Hạ tầng số: 7 chỉ số thành phần, 100 điểm. */
export const index = {
  code: "III",
  name: { vi: "Hạ tầng số", en: "Digital infrastructure" },
  maxPoints: 100,
  group: "foundation",
  notes: "Code printed '11l' in the OCR.",
} satisfies PackDefinition["indices"][number];

export const indicators = defineIndicators([
  {
    code: "3.1",
    index: "III",
    name: {
      vi: "Tỷ lệ dân số trưởng thành có điện thoại thông minh",
      en: "Share of the adult population with a smartphone",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "adults_with_smartphone" },
      { address: "b", input: "population_total" },
    ],
    rule: { kind: "ratio", a: "adults_with_smartphone", b: "population_total" },
    method: {
      vi: lines(
        "a = Số lượng người dân trưởng thành có điện thoại thông minh;",
        "b = Tổng dân số của Tỉnh, thành phố;",
        "- Tỷ lệ = a/b;",
        "- Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Number of adults with a smartphone;",
        "b = Total population of the province;",
        "- Ratio = a/b;",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Các doanh nghiệp viễn thông"],
    evidence: {
      vi: "Số liệu của các doanh nghiệp viễn thông; số liệu dân số của Cục Thống kê",
      en: "Figures from the telecommunications companies; population figures from the Statistics Office",
    },
    provisional: {
      aspect: ["points", "rule"],
      reason:
        "Max points guessed: the cell prints '1' (probably a clipped '10'); 10 makes index III total 100. Also, the denominator is printed as total population (all ages) although the numerator counts adults; kept as printed.",
    },
  },
  {
    code: "3.2",
    index: "III",
    name: {
      vi: "Tỷ lệ hộ gia đình có người có điện thoại thông minh",
      en: "Share of households in which someone has a smartphone",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "households_with_smartphone" },
      { address: "b", input: "households_total" },
    ],
    rule: { kind: "ratio", a: "households_with_smartphone", b: "households_total" },
    method: {
      vi: lines(
        "a = Số lượng hộ gia đình có người có điện thoại thông minh;",
        "b = Tổng số hộ gia đình của Tỉnh, thành phố;",
        "- Tỷ lệ = a/b;",
        "- Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Number of households in which someone has a smartphone;",
        "b = Total number of households in the province;",
        "- Ratio = a/b;",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Các doanh nghiệp viễn thông"],
    evidence: {
      vi: "Số liệu của các doanh nghiệp viễn thông; số hộ gia đình của Cục Thống kê",
      en: "Figures from the telecommunications companies; household count from the Statistics Office",
    },
  },
  {
    code: "3.3",
    index: "III",
    name: {
      vi: "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang",
      en: "Share of households with fibre-optic broadband Internet",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "households_with_fiber" },
      { address: "b", input: "households_total" },
    ],
    rule: { kind: "ratio", a: "households_with_fiber", b: "households_total" },
    method: {
      vi: lines(
        "a = Số lượng hộ gia đình có kết nối Internet băng rộng cáp quang;",
        "b = Tổng số hộ gia đình của Tỉnh, thành phố;",
        "- Tỷ lệ = a/b;",
        "- Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Number of households with a fibre-optic broadband Internet connection;",
        "b = Total number of households in the province;",
        "- Ratio = a/b;",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Các doanh nghiệp viễn thông"],
    evidence: {
      vi: "Số liệu thuê bao băng rộng cố định cáp quang hộ gia đình của các doanh nghiệp viễn thông",
      en: "Household fibre broadband subscriptions reported by the telecommunications companies",
    },
    provisional: {
      aspect: ["name"],
      reason:
        "Name restored: the OCR reads ';r(”)};l:;clzii)) %lja(ri]lgnh ¢6 ket ndi Internet bing'; restored as 'Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang' from the a/b definitions. Scoring unaffected.",
    },
  },
  {
    code: "3.4",
    index: "III",
    name: {
      vi: "Tỷ lệ UBND cấp xã kết nối mạng Truyền số liệu chuyên dùng",
      en: "Share of commune People's Committees connected to the dedicated data transmission network",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "communes_on_tslcd" },
      { address: "b", input: "communes_total" },
    ],
    rule: { kind: "ratio", a: "communes_on_tslcd", b: "communes_total" },
    method: {
      vi: lines(
        "a = Số lượng UBND cấp xã của Tỉnh, thành phố kết nối mạng Truyền số liệu chuyên dùng;",
        "b = Tổng số UBND cấp xã của Tỉnh, thành phố;",
        "- Tỷ lệ = a/b;",
        "- Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Number of commune People's Committees of the province connected to the dedicated data transmission network;",
        "b = Total number of commune People's Committees of the province;",
        "- Ratio = a/b;",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Các doanh nghiệp viễn thông"],
    evidence: {
      vi: "Danh sách UBND cấp xã đã kết nối mạng Truyền số liệu chuyên dùng, có xác nhận của đơn vị cung cấp mạng",
      en: "List of commune People's Committees connected to the network, confirmed by the network operator",
    },
    provisional: {
      aspect: ["points"],
      reason: "Max points guessed: the cell prints '16'; read as 10, which makes index III total 100.",
    },
  },
  {
    code: "3.5",
    index: "III",
    name: {
      vi: "Triển khai Trung tâm dữ liệu phục vụ chuyển đổi số theo hướng sử dụng công nghệ điện toán đám mây",
      en: "Cloud-based data centre serving digital transformation",
    },
    maxPoints: 30,
    inputs: [
      { address: "a", input: "cloud_dc_status" },
      { address: "b", input: "connected_gov_cloud" },
    ],
    rule: {
      kind: "parts",
      parts: [
        {
          id: "cloud_datacenter",
          label: {
            vi: "Triển khai Trung tâm dữ liệu theo hướng điện toán đám mây",
            en: "Cloud-based data centre deployed",
          },
          fraction: 0.5,
          rule: {
            kind: "choice",
            input: "cloud_dc_status",
            fractions: { meets_standard: 1, below_standard: 0.5, none: 0 },
          },
        },
        {
          id: "gov_cloud_connection",
          label: {
            vi: "Kết nối Nền tảng điện toán đám mây Chính phủ theo mô hình Bộ TTTT hướng dẫn",
            en: "Connected to the Government cloud computing platform following the ministry's model",
          },
          fraction: 0.5,
          input: "connected_gov_cloud",
        },
      ],
    },
    method: {
      vi: lines(
        "1. Triển khai",
        "- Đã triển khai Trung tâm dữ liệu phục vụ Chuyển đổi số theo hướng sử dụng công nghệ điện toán đám mây đạt tiêu chuẩn (đáp ứng các tiêu chí, chỉ tiêu kỹ thuật theo hướng dẫn của Bộ TTTT tại Văn bản số [1145]/BTTTT-CATTT ngày 03/4/2020): [1/2*Điểm tối đa];",
        "- Đã triển khai Trung tâm dữ liệu phục vụ Chuyển đổi số theo hướng sử dụng công nghệ điện toán đám mây nhưng chưa đạt tiêu chuẩn: 1/4*Điểm tối đa;",
        "- Chưa triển khai Trung tâm dữ liệu phục vụ Chuyển đổi số theo hướng sử dụng công nghệ điện toán đám mây: 0 điểm.",
        "2. Kết nối Nền tảng điện toán đám mây Chính phủ",
        "- Kết nối với Nền tảng điện toán đám mây Chính phủ theo mô hình do Bộ Thông tin và Truyền thông hướng dẫn: 1/2*Điểm tối đa;",
        "- Chưa kết nối: 0 điểm.",
      ),
      en: lines(
        "1. Deployment",
        "- Deployed a cloud-based data centre serving digital transformation that meets the standard (the technical criteria and targets guided by the Ministry of Information and Communications in document No. [1145]/BTTTT-CATTT of 03/4/2020): [1/2 × maximum points];",
        "- Deployed a cloud-based data centre serving digital transformation that does not yet meet the standard: 1/4 × maximum points;",
        "- No cloud-based data centre serving digital transformation deployed: 0 points.",
        "2. Connection to the Government cloud computing platform",
        "- Connected to the Government cloud computing platform following the model guided by the Ministry of Information and Communications: 1/2 × maximum points;",
        "- Not connected: 0 points.",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: [],
    evidence: {
      vi: "Hồ sơ kỹ thuật Trung tâm dữ liệu; văn bản đánh giá theo hướng dẫn của Bộ TTTT; xác nhận kết nối Nền tảng điện toán đám mây Chính phủ",
      en: "Technical dossier of the data centre; assessment against the ministry's guidance; confirmation of the Government cloud connection",
    },
    provisional: {
      aspect: ["points"],
      reason:
        "Points of the 'meets the standard' option are lost in the OCR ('tl)gl* Dsioé mltl(;;SéfTTTT-CATTT ngay 03/4/2020):'); 1/2 of max (all of part 1) is assumed because 'below the standard' = 1/4 and part 2 = 1/2. The guidance number 1145/BTTTT-CATTT is reconstructed (only '…/BTTTT-CATTT ngày 03/4/2020' survives).",
    },
    notes:
      "Part 1 is worth 1/2 of max; its choice fractions are shares of the part, so 'chưa đạt tiêu chuẩn' (1/4 × max) = 0.5 of the part.",
  },
  {
    code: "3.6",
    index: "III",
    name: { vi: "Mức độ triển khai các nền tảng số dùng chung", en: "Deployment of shared digital platforms" },
    maxPoints: 20,
    inputs: [
      { address: "a", input: "shared_platforms_deployed" },
      { address: "b", input: "required_platforms_min" },
      { address: "c", input: "platforms_centralized_in_dc" },
    ],
    rule: {
      kind: "parts",
      parts: [
        {
          id: "platforms_deployed",
          label: { vi: "Triển khai nền tảng số", en: "Deploying digital platforms" },
          fraction: 0.5,
          rule: {
            kind: "ratio",
            a: "shared_platforms_deployed",
            b: "required_platforms_min",
            allowAboveOne: true,
          },
        },
        {
          id: "deployment_model",
          label: {
            vi: "Mô hình triển khai (tập trung trên Trung tâm dữ liệu)",
            en: "Deployment model (centralised in the data centre)",
          },
          fraction: 0.5,
          rule: { kind: "ratio", a: "platforms_centralized_in_dc", b: "shared_platforms_deployed" },
        },
      ],
    },
    method: {
      vi: lines(
        "1. Triển khai nền tảng số",
        "- a = Số lượng nền tảng số đã triển khai;",
        "- b = Số lượng nền tảng số tối thiểu theo danh mục yêu cầu (7);",
        "- Tỷ lệ = a/b;",
        "- Điểm = Tỷ lệ*1/2*Điểm tối đa",
        "2. Mô hình triển khai",
        "- c = Số lượng nền tảng số triển khai tập trung trên Trung tâm dữ liệu;",
        "- d = Số lượng nền tảng số đã triển khai;",
        "- Tỷ lệ = c/d;",
        "- Điểm = Tỷ lệ*1/2*Điểm tối đa",
        "Danh mục nền tảng số theo yêu cầu: 1) Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP); 2) Nền tảng phân tích, xử lý dữ liệu tổng hợp tập trung; 3) Nền tảng số quản trị tổng thể, thống nhất toàn Tỉnh, thành phố phục vụ hoạt động chỉ đạo, điều hành và quản trị nội bộ của cơ quan nhà nước; 4) Nền tảng họp trực tuyến; 5) Nền tảng giám sát trực tuyến phục vụ công tác quản lý nhà nước; 6) Nền tảng trợ lý ảo phục vụ người dân, doanh nghiệp; 7) Nền tảng trợ lý ảo phục vụ công chức, viên chức",
      ),
      en: lines(
        "1. Deploying digital platforms",
        "- a = Number of digital platforms deployed;",
        "- b = Minimum number of digital platforms on the required list (7);",
        "- Ratio = a/b;",
        "- Points = Ratio × 1/2 × maximum points",
        "2. Deployment model",
        "- c = Number of digital platforms deployed centrally in the data centre;",
        "- d = Number of digital platforms deployed;",
        "- Ratio = c/d;",
        "- Points = Ratio × 1/2 × maximum points",
        "Required platforms: 1) provincial data integration and sharing platform (LGSP); 2) centralised data analysis and processing platform; 3) province-wide unified digital governance platform for direction, administration and internal management of state agencies; 4) online meeting platform; 5) online monitoring platform for state management; 6) virtual-assistant platform for citizens and businesses; 7) virtual-assistant platform for civil servants and public employees",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: [],
    evidence: {
      vi: "Danh mục nền tảng số đã triển khai kèm quyết định đưa vào sử dụng và mô hình triển khai",
      en: "List of deployed platforms with the decisions putting them into use and their deployment model",
    },
    notes:
      "Inputs a and d are the same count (shared_platforms_deployed, address 3.6.a); b is the constant 7 (3.6.b); c is 3.6.c. Part 1 allows a > b (a province may deploy more than the 7 required platforms; capped at full). Part 2 with no platform deployed (d = 0) scores 0 (engine default). The 7 listed platforms relate to indicators 6.6 (LGSP) and 6.15–6.20.",
  },
  {
    code: "3.7",
    index: "III",
    name: {
      vi: "Mức độ ứng dụng Trí tuệ nhân tạo (AI) trong nền tảng số",
      en: "Use of artificial intelligence (AI) in digital platforms",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "platforms_with_ai" },
      { address: "b", input: "shared_platforms_deployed" },
    ],
    rule: { kind: "ratio", a: "platforms_with_ai", b: "shared_platforms_deployed" },
    method: {
      vi: lines(
        "- a = Số lượng nền tảng số ứng dụng AI đã triển khai;",
        "- b = Số lượng nền tảng số dùng chung đã triển khai;",
        "- Tỷ lệ = a/b;",
        "- Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "- a = Number of deployed digital platforms that apply AI;",
        "- b = Number of shared digital platforms deployed;",
        "- Ratio = a/b;",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: [],
    evidence: {
      vi: "Danh sách nền tảng số có ứng dụng AI, kèm mô tả chức năng",
      en: "List of the platforms that apply AI, with a description of the AI functions",
    },
  },
]);
