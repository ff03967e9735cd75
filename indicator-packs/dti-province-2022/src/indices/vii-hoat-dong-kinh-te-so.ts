// Data of the 922/QĐ-BTTTT provincial DTI pack. Transcribed from Phụ lục 2 of Kế hoạch 4233/KH-UBND
// (Ninh Thuận, 28/9/2022); see README.md "Sources". Doubtful items carry `provisional`.
import { defineIndicators, type PackDefinition } from "@dti/pack-sdk";
import { lines } from "../lines";

/** Chỉ số chính VII – Hoạt động kinh tế số: 12 chỉ số thành phần, 150 điểm. */
export const index = {
  code: "VII",
  name: { vi: "Hoạt động kinh tế số", en: "Digital economy activity" },
  maxPoints: 150,
  group: "activity",
  notes: "Code printed 'VI' in the OCR (misprint or OCR error).",
} satisfies PackDefinition["indices"][number];

export const indicators = defineIndicators([
  {
    code: "7.1",
    index: "VII",
    name: { vi: "Tỷ trọng kinh tế số trong GRDP", en: "Share of the digital economy in GRDP" },
    maxPoints: 20,
    inputs: [
      { address: "a", input: "digital_economy_value_added_bvnd" },
      { address: "b", input: "grdp_bvnd" },
    ],
    rule: {
      kind: "ratio_to_target",
      a: "digital_economy_value_added_bvnd",
      b: "grdp_bvnd",
      target: 0.2,
      literalKind: "ratio_full_above",
    },
    method: {
      vi: lines(
        "a = Giá trị tăng thêm của kinh tế số (tỷ đồng);",
        "b = Giá trị GRDP của địa bàn (tỷ đồng);",
        "Tỷ lệ = a/b.",
        "Tỷ lệ ≥ 20%: điểm tối đa",
        "Tỷ lệ < 20%: điểm = Điểm tối đa * tỷ lệ",
      ),
      en: lines(
        "a = Value added of the digital economy (billion VND);",
        "b = GRDP of the province (billion VND);",
        "Ratio = a/b.",
        "Ratio ≥ 20%: maximum points",
        "Ratio < 20%: points = maximum points × ratio",
      ),
    },
    leadAgency: "Sở KH&ĐT",
    cooperatingAgencies: ["Cục Thống kê", "Sở TTTT"],
    evidence: {
      vi: "Số liệu của Cục Thống kê về giá trị tăng thêm của kinh tế số và GRDP",
      en: "Statistics Office figures for digital-economy value added and GRDP",
    },
    provisional: {
      aspect: ["rule"],
      reason:
        "Rule kind chosen: the text reads 'Tỷ lệ ≥ X%: điểm tối đa; Tỷ lệ < X%: điểm = Điểm tối đa * tỷ lệ'. Scored as min(1, ratio/X) × max (ratio_to_target) because published 2022 indicator points (e.g. 7.1, 7.5 of a province) follow that reading; the word-for-word reading (max × ratio below X, a jump at X) is kept as literalKind ratio_full_above.",
    },
    notes:
      "Recorded as ratio_to_target: published provincial points under this framework follow (ratio / threshold) × max below the threshold (e.g. 7.5 and 7.1 in a province's published 2022 results). Document words (OCR): 'Ty 1& > 20%: diém tdi da / Ty 16 < 20%: diém = diém t6i da * ty 18'. Read literally, below the threshold the score is 'Điểm tối đa * tỷ lệ' (not divided by 20%), i.e. ratio_full_above (see literal_kind), which jumps at the threshold.",
  },
  {
    code: "7.2",
    index: "VII",
    name: {
      vi: "Số doanh nghiệp công nghệ số (Số lượng doanh nghiệp cung cấp dịch vụ viễn thông – CNTT)",
      en: "Digital technology enterprises (enterprises providing telecommunications and IT services)",
    },
    maxPoints: 20,
    inputs: [
      { address: "a", input: "digital_tech_enterprises" },
      { address: "b", input: "enterprises_total" },
    ],
    rule: {
      kind: "ratio_to_target",
      a: "digital_tech_enterprises",
      b: "enterprises_total",
      target: 0.05,
      literalKind: "ratio_full_above",
    },
    method: {
      vi: lines(
        "a = Số lượng doanh nghiệp công nghệ số (Số lượng doanh nghiệp cung cấp dịch vụ viễn thông – CNTT);",
        "b = Tổng số doanh nghiệp trên địa bàn;",
        "Tỷ lệ = a/b.",
        "Tỷ lệ ≥ 5%: điểm tối đa",
        "Tỷ lệ < 5%: điểm = Điểm tối đa * tỷ lệ",
      ),
      en: lines(
        "a = Number of digital technology enterprises (enterprises providing telecommunications and IT services);",
        "b = Total number of enterprises in the province;",
        "Ratio = a/b.",
        "Ratio ≥ 5%: maximum points",
        "Ratio < 5%: points = maximum points × ratio",
      ),
    },
    leadAgency: "Sở KH&ĐT",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Số liệu đăng ký doanh nghiệp của Sở KH&ĐT (ngành viễn thông – CNTT)",
      en: "Business registration figures (telecommunications and IT sectors) from the Department of Planning and Investment",
    },
    provisional: {
      aspect: ["rule"],
      reason:
        "Rule kind chosen: the text reads 'Tỷ lệ ≥ X%: điểm tối đa; Tỷ lệ < X%: điểm = Điểm tối đa * tỷ lệ'. Scored as min(1, ratio/X) × max (ratio_to_target) because published 2022 indicator points (e.g. 7.1, 7.5 of a province) follow that reading; the word-for-word reading (max × ratio below X, a jump at X) is kept as literalKind ratio_full_above.",
    },
    notes:
      "Recorded as ratio_to_target: published provincial points under this framework follow (ratio / threshold) × max below the threshold (e.g. 7.5 and 7.1 in a province's published 2022 results). Document words (OCR): 'Ty 16 > 5%: diém t6i da / Ty 18 <5%: diém = Diém tdi da * ty 1¢'. Read literally, below the threshold the score is 'Điểm tối đa * tỷ lệ' (not divided by 5%), i.e. ratio_full_above (see literal_kind), which jumps at the threshold.",
  },
  {
    code: "7.3",
    index: "VII",
    name: { vi: "Số lượng doanh nghiệp nền tảng số", en: "Digital platform enterprises" },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "digital_platform_enterprises" },
      { address: "b", input: "enterprises_total" },
    ],
    rule: {
      kind: "ratio_to_target",
      a: "digital_platform_enterprises",
      b: "enterprises_total",
      target: 0.1,
      literalKind: "ratio_full_above",
    },
    method: {
      vi: lines(
        "a = Số doanh nghiệp nền tảng số trên địa bàn;",
        "b = Tổng số doanh nghiệp trên địa bàn;",
        "Tỷ lệ = a/b.",
        "Tỷ lệ ≥ 10%: điểm tối đa",
        "Tỷ lệ < 10%: điểm = Điểm tối đa * tỷ lệ",
      ),
      en: lines(
        "a = Number of digital platform enterprises in the province;",
        "b = Total number of enterprises in the province;",
        "Ratio = a/b.",
        "Ratio ≥ 10%: maximum points",
        "Ratio < 10%: points = maximum points × ratio",
      ),
    },
    leadAgency: "Sở KH&ĐT",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Danh sách doanh nghiệp nền tảng số trên địa bàn",
      en: "List of digital platform enterprises in the province",
    },
    provisional: {
      aspect: ["rule", "band"],
      reason:
        "Rule kind chosen: the text reads 'Tỷ lệ ≥ 10%: điểm tối đa; Tỷ lệ < 10%: điểm = Điểm tối đa * tỷ lệ'. Scored as min(1, ratio/10%) × max (ratio_to_target) because published 2022 indicator points follow that reading; the word-for-word reading is kept as literalKind ratio_full_above. The lower line prints '< 10' without '%', read as 10%.",
    },
    notes:
      "Recorded as ratio_to_target: published provincial points under this framework follow (ratio / threshold) × max below the threshold (e.g. 7.5 and 7.1 in a province's published 2022 results). Document words (OCR): 'Ty 1& > 10%: diém tdi da / Ty 1 < 10: diém = diém t6i da * ty 1¢'. Read literally, below the threshold the score is 'Điểm tối đa * tỷ lệ' (not divided by 10%), i.e. ratio_full_above (see literal_kind), which jumps at the threshold. The below-threshold line prints '< 10' (no '%').",
  },
  {
    code: "7.4",
    index: "VII",
    name: {
      vi: "Số lượng doanh nghiệp nhỏ và vừa tiếp cận, tham gia chương trình SMEdx",
      en: "Small and medium-sized enterprises accessing and joining the SMEdx programme",
    },
    maxPoints: 20,
    inputs: [
      { address: "a", input: "smes_in_smedx" },
      { address: "b", input: "smes_total" },
    ],
    rule: {
      kind: "ratio_to_target",
      a: "smes_in_smedx",
      b: "smes_total",
      target: 0.1,
      literalKind: "ratio_full_above",
    },
    method: {
      vi: lines(
        "a = Số lượng doanh nghiệp nhỏ và vừa tiếp cận và tham gia Chương trình SMEdx trên địa bàn;",
        "b = Tổng số Doanh nghiệp nhỏ và vừa trên địa bàn;",
        "Tỷ lệ = a/b.",
        "Tỷ lệ ≥ 10%: điểm tối đa",
        "Tỷ lệ < 10%: điểm = Điểm tối đa * tỷ lệ",
      ),
      en: lines(
        "a = Number of small and medium-sized enterprises in the province that accessed and joined the SMEdx programme;",
        "b = Total number of small and medium-sized enterprises in the province;",
        "Ratio = a/b.",
        "Ratio ≥ 10%: maximum points",
        "Ratio < 10%: points = maximum points × ratio",
      ),
    },
    leadAgency: "Sở KH&ĐT",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Số liệu Chương trình SMEdx về doanh nghiệp trên địa bàn",
      en: "SMEdx programme figures for the province's enterprises",
    },
    provisional: {
      aspect: ["rule"],
      reason:
        "Rule kind chosen: the text reads 'Tỷ lệ ≥ X%: điểm tối đa; Tỷ lệ < X%: điểm = Điểm tối đa * tỷ lệ'. Scored as min(1, ratio/X) × max (ratio_to_target) because published 2022 indicator points (e.g. 7.1, 7.5 of a province) follow that reading; the word-for-word reading (max × ratio below X, a jump at X) is kept as literalKind ratio_full_above.",
    },
    notes:
      "Recorded as ratio_to_target: published provincial points under this framework follow (ratio / threshold) × max below the threshold (e.g. 7.5 and 7.1 in a province's published 2022 results). Document words (OCR): 'Ty 18 > 10%: diém t6i da / Ty 1& <10%: diém = Diém tbi da * ty 1&'. Read literally, below the threshold the score is 'Điểm tối đa * tỷ lệ' (not divided by 10%), i.e. ratio_full_above (see literal_kind), which jumps at the threshold.",
  },
  {
    code: "7.5",
    index: "VII",
    name: {
      vi: "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số",
      en: "Share of small and medium-sized enterprises using digital platforms",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "smes_using_platforms" },
      { address: "b", input: "smes_total" },
    ],
    rule: {
      kind: "ratio_to_target",
      a: "smes_using_platforms",
      b: "smes_total",
      target: 0.5,
      literalKind: "ratio_full_above",
    },
    method: {
      vi: lines(
        "a = Số lượng doanh nghiệp nhỏ và vừa sử dụng nền tảng số trên địa bàn;",
        "b = Tổng số Doanh nghiệp nhỏ và vừa trên địa bàn;",
        "Tỷ lệ = a/b.",
        "Tỷ lệ ≥ 50%: điểm tối đa",
        "Tỷ lệ < 50%: điểm = Điểm tối đa * tỷ lệ",
      ),
      en: lines(
        "a = Number of small and medium-sized enterprises in the province using digital platforms;",
        "b = Total number of small and medium-sized enterprises in the province;",
        "Ratio = a/b.",
        "Ratio ≥ 50%: maximum points",
        "Ratio < 50%: points = maximum points × ratio",
      ),
    },
    leadAgency: "Sở KH&ĐT",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Số liệu khảo sát hoặc của các nhà cung cấp nền tảng số về doanh nghiệp sử dụng",
      en: "Survey figures, or platform providers' figures, on enterprises using digital platforms",
    },
    provisional: {
      aspect: ["rule"],
      reason:
        "Rule kind chosen: the text reads 'Tỷ lệ ≥ X%: điểm tối đa; Tỷ lệ < X%: điểm = Điểm tối đa * tỷ lệ'. Scored as min(1, ratio/X) × max (ratio_to_target) because published 2022 indicator points (e.g. 7.1, 7.5 of a province) follow that reading; the word-for-word reading (max × ratio below X, a jump at X) is kept as literalKind ratio_full_above.",
    },
    notes:
      "Recorded as ratio_to_target: published provincial points under this framework follow (ratio / threshold) × max below the threshold (e.g. 7.5 and 7.1 in a province's published 2022 results). Document words (OCR): 'Ty 1& > 50%: diém t6i da / Ty 1& <50%: diém = Diém tbi da * ty 1&'. Read literally, below the threshold the score is 'Điểm tối đa * tỷ lệ' (not divided by 50%), i.e. ratio_full_above (see literal_kind), which jumps at the threshold.",
  },
  {
    code: "7.6",
    index: "VII",
    name: {
      vi: "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử",
      en: "Share of enterprises using electronic contracts",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "enterprises_using_econtracts" },
      { address: "b", input: "enterprises_total" },
    ],
    rule: {
      kind: "ratio_to_target",
      a: "enterprises_using_econtracts",
      b: "enterprises_total",
      target: 0.8,
      literalKind: "ratio_full_above",
    },
    method: {
      vi: lines(
        "a = Số lượng doanh nghiệp sử dụng Hợp đồng điện tử trên địa bàn;",
        "b = Tổng số Doanh nghiệp trên địa bàn;",
        "Tỷ lệ = a/b.",
        "Tỷ lệ ≥ 80%: điểm tối đa",
        "Tỷ lệ < 80%: điểm = Điểm tối đa * tỷ lệ",
      ),
      en: lines(
        "a = Number of enterprises in the province using electronic contracts;",
        "b = Total number of enterprises in the province;",
        "Ratio = a/b.",
        "Ratio ≥ 80%: maximum points",
        "Ratio < 80%: points = maximum points × ratio",
      ),
    },
    leadAgency: "Sở KH&ĐT",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Số liệu của các nhà cung cấp dịch vụ hợp đồng điện tử",
      en: "Figures from electronic-contract service providers",
    },
    provisional: {
      aspect: ["rule", "band"],
      reason:
        "Rule kind chosen: the text reads 'Tỷ lệ ≥ 80%: điểm tối đa; Tỷ lệ < 80%: điểm = Điểm tối đa * tỷ lệ'. Scored as min(1, ratio/80%) × max (ratio_to_target) because published 2022 indicator points follow that reading; the word-for-word reading is kept as literalKind ratio_full_above. The lower line prints '<80' without '%', read as 80%.",
    },
    notes:
      "Recorded as ratio_to_target: published provincial points under this framework follow (ratio / threshold) × max below the threshold (e.g. 7.5 and 7.1 in a province's published 2022 results). Document words (OCR): 'Ty 16 > 80%: diém t6i da / Ty 1é <80: diém = Diém tdi da * ty 1¢'. Read literally, below the threshold the score is 'Điểm tối đa * tỷ lệ' (not divided by 80%), i.e. ratio_full_above (see literal_kind), which jumps at the threshold. The below-threshold line prints '<80' (no '%').",
  },
  {
    code: "7.7",
    index: "VII",
    name: {
      vi: "Tỷ lệ doanh nghiệp nộp thuế điện tử",
      en: "Share of enterprises paying taxes electronically",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "enterprises_etax" },
      { address: "b", input: "enterprises_total" },
    ],
    rule: { kind: "ratio", a: "enterprises_etax", b: "enterprises_total" },
    method: {
      vi: lines("a = Số lượng doanh nghiệp nộp thuế điện tử", "b = Tổng số Doanh nghiệp;", "Tỷ lệ = a/b.", "Điểm = Tỷ lệ*Điểm tối đa"),
      en: lines(
        "a = Number of enterprises paying taxes electronically",
        "b = Total number of enterprises;",
        "Ratio = a/b.",
        "Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Cục Thuế tỉnh",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Số liệu nộp thuế điện tử của Cục Thuế tỉnh",
      en: "Electronic tax-payment figures from the Provincial Tax Department",
    },
    notes: "Code printed '1.7' in the OCR (read by position).",
  },
  {
    code: "7.8",
    index: "VII",
    name: {
      vi: "Số điểm phục vụ của mạng bưu chính công cộng có kết nối internet băng rộng cố định",
      en: "Public postal service points with fixed broadband Internet",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "postal_points_with_broadband" },
      { address: "b", input: "postal_points_total" },
    ],
    rule: {
      kind: "ratio_to_target",
      a: "postal_points_with_broadband",
      b: "postal_points_total",
      target: 0.5,
      literalKind: "ratio_full_above",
    },
    method: {
      vi: lines(
        "a = Số điểm phục vụ của mạng bưu chính công cộng có kết nối internet băng rộng cố định;",
        "b = Tổng số điểm phục vụ bưu chính;",
        "Tỷ lệ = a/b.",
        "Tỷ lệ ≥ 50%: điểm tối đa",
        "Tỷ lệ < 50%: điểm = Điểm tối đa * tỷ lệ",
      ),
      en: lines(
        "a = Number of public postal service points with fixed broadband Internet;",
        "b = Total number of postal service points;",
        "Ratio = a/b.",
        "Ratio ≥ 50%: maximum points",
        "Ratio < 50%: points = maximum points × ratio",
      ),
    },
    leadAgency: "Bưu điện tỉnh",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Số liệu của Bưu điện tỉnh về điểm phục vụ có kết nối Internet băng rộng cố định",
      en: "Provincial Post Office figures on service points with fixed broadband",
    },
    provisional: {
      aspect: ["rule", "band"],
      reason:
        "Rule kind chosen: the text reads 'Tỷ lệ ≥ 50%: điểm tối đa; Tỷ lệ < 50%: điểm = Điểm tối đa * tỷ lệ'. Scored as min(1, ratio/50%) × max (ratio_to_target) because published 2022 indicator points follow that reading; the word-for-word reading is kept as literalKind ratio_full_above. The lower line prints '<50' without '%', read as 50%.",
    },
    notes:
      "Recorded as ratio_to_target: published provincial points under this framework follow (ratio / threshold) × max below the threshold (e.g. 7.5 and 7.1 in a province's published 2022 results). Document words (OCR): 'Ty 18 > 50%: diém t6i da / Ty 1& <50: diém = Diém tdi da * ty 1¢'. Read literally, below the threshold the score is 'Điểm tối đa * tỷ lệ' (not divided by 50%), i.e. ratio_full_above (see literal_kind), which jumps at the threshold. The below-threshold line prints '<50' (no '%').",
  },
  {
    code: "7.9",
    index: "VII",
    name: {
      vi: "Số lượng giao dịch trên sàn thương mại điện tử Vỏ Sò và Postmart",
      en: "Transactions on the Vỏ Sò and Postmart e-commerce platforms",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "ecommerce_transactions_voso_postmart" },
      { address: "b", input: "parcels_vnpost_viettelpost" },
    ],
    rule: {
      kind: "ratio_to_target",
      a: "ecommerce_transactions_voso_postmart",
      b: "parcels_vnpost_viettelpost",
      target: 0.05,
      literalKind: "ratio_full_above",
      allowAboveOne: true,
    },
    method: {
      vi: lines(
        "a = Số lượng giao dịch trên sàn TMĐT Vỏ Sò và Postmart tại địa bàn;",
        "b = Tổng số lượng bưu gửi chuyển phát hàng hóa qua Bưu điện Việt Nam và Viettel Post tại địa bàn;",
        "Tỷ lệ = a/b.",
        "Tỷ lệ ≥ 5%: điểm tối đa",
        "Tỷ lệ < 5%: điểm = Điểm tối đa * tỷ lệ",
      ),
      en: lines(
        "a = Number of transactions in the province on the Vỏ Sò and Postmart e-commerce platforms;",
        "b = Total number of goods parcels delivered through Vietnam Post and Viettel Post in the province;",
        "Ratio = a/b.",
        "Ratio ≥ 5%: maximum points",
        "Ratio < 5%: points = maximum points × ratio",
      ),
    },
    leadAgency: "Sở Công Thương",
    cooperatingAgencies: ["Sở NN&PTNT", "Sở TTTT"],
    evidence: {
      vi: "Số liệu giao dịch của sàn Vỏ Sò, Postmart; số liệu bưu gửi của Bưu điện tỉnh và Viettel Post",
      en: "Transaction figures from Vỏ Sò and Postmart; parcel figures from the Provincial Post Office and Viettel Post",
    },
    provisional: {
      aspect: ["rule"],
      reason:
        "Rule kind chosen: the text reads 'Tỷ lệ ≥ X%: điểm tối đa; Tỷ lệ < X%: điểm = Điểm tối đa * tỷ lệ'. Scored as min(1, ratio/X) × max (ratio_to_target) because published 2022 indicator points (e.g. 7.1, 7.5 of a province) follow that reading; the word-for-word reading (max × ratio below X, a jump at X) is kept as literalKind ratio_full_above.",
    },
    notes:
      "allowAboveOne: transactions and parcels are counted separately, so a may exceed b (capped at full points). Cooperating agencies 'Sở NN&PTNT, Sở TTTT' transcribed as printed.",
  },
  {
    code: "7.10",
    index: "VII",
    name: { vi: "Số lượng tên miền .vn", en: ".vn domain names" },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "vn_domains" },
      { address: "b", input: "enterprises_total" },
    ],
    rule: { kind: "relative_to_best", a: "vn_domains", b: "enterprises_total", allowAboveOne: true },
    method: {
      vi: lines(
        "a. Tổng số tên miền .vn trên địa bàn",
        "b. Tổng số doanh nghiệp trên địa bàn",
        "Tỷ lệ = a/b",
        "- Địa phương có tỷ lệ cao nhất: điểm tối đa",
        "- Các địa phương còn lại: điểm = tỷ lệ của địa phương/tỷ lệ của địa phương cao nhất * điểm tối đa",
      ),
      en: lines(
        "a. Total number of .vn domain names in the province",
        "b. Total number of enterprises in the province",
        "Ratio = a/b",
        "- The province with the highest ratio: maximum points",
        "- Other provinces: points = the province's ratio / the highest province's ratio × maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Sở KH&ĐT"],
    evidence: {
      vi: "Số liệu tên miền .vn theo địa bàn của VNNIC; số liệu doanh nghiệp của Sở KH&ĐT",
      en: ".vn domain figures by province from VNNIC; enterprise figures from the Department of Planning and Investment",
    },
    provisional: {
      aspect: ["cohort"],
      reason:
        "Cohort-relative: points = (unit's a/b) / (highest a/b in the cohort) × max, as the method states; it needs every province's data, and a cohort of fewer than the 63 provinces gives different points.",
    },
    notes:
      "allowAboveOne: .vn domains are held by individuals and organisations too, so a province may have more domains than enterprises.",
  },
  {
    code: "7.11",
    index: "VII",
    name: {
      vi: "Tổng kinh phí đầu tư từ Ngân sách nhà nước cho kinh tế số",
      en: "Total state-budget investment spending on the digital economy",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "digital_economy_invest_bvnd" },
      { address: "b", input: "state_budget_total_bvnd" },
    ],
    rule: {
      kind: "ratio_to_target",
      a: "digital_economy_invest_bvnd",
      b: "state_budget_total_bvnd",
      target: 0.0025,
      literalKind: "ratio_full_above",
    },
    method: {
      vi: lines(
        "a = Tổng kinh phí đầu tư từ NSNN cho kinh tế số (tỷ đồng);",
        "b = Tổng chi ngân sách nhà nước trên địa bàn (tỷ đồng);",
        "Tỷ lệ = a/b.",
        "Tỷ lệ ≥ 0,25%: điểm tối đa",
        "Tỷ lệ < 0,25%: điểm = Điểm tối đa * tỷ lệ",
      ),
      en: lines(
        "a = Total state-budget investment spending on the digital economy (billion VND);",
        "b = Total state-budget spending in the province (billion VND);",
        "Ratio = a/b.",
        "Ratio ≥ 0.25%: maximum points",
        "Ratio < 0.25%: points = maximum points × ratio",
      ),
    },
    leadAgency: "Sở KH&ĐT",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Báo cáo quyết toán ngân sách chi cho kinh tế số",
      en: "Budget final accounts of digital-economy spending",
    },
    provisional: {
      aspect: ["rule"],
      reason:
        "Rule kind chosen: the text reads 'Tỷ lệ ≥ 0,25%: điểm tối đa; Tỷ lệ < 0,25%: điểm = Điểm tối đa * tỷ lệ'. Scored as min(1, ratio/0.25%) × max (ratio_to_target) because published 2022 indicator points follow that reading; read word for word (kept as literalKind ratio_full_above) it is practically all-or-nothing at 0.25%.",
    },
    notes:
      "Recorded as ratio_to_target: published provincial points under this framework follow (ratio / threshold) × max below the threshold (e.g. 7.5 and 7.1 in a province's published 2022 results). Document words (OCR): 'Ty 18 > 0.25%: diém toi da / Ty 1€ <0.25%: diém = Diém t61 da * ty 1¢'. Read literally, below the threshold the score is 'Điểm tối đa * tỷ lệ' (not divided by 0,25%), i.e. ratio_full_above (see literal_kind), which jumps at the threshold. With a 0.25% threshold the literal reading is nearly all-or-nothing.",
  },
  {
    code: "7.12",
    index: "VII",
    name: {
      vi: "Tổng kinh phí chi thường xuyên từ Ngân sách nhà nước cho kinh tế số",
      en: "Total state-budget recurrent spending on the digital economy",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "digital_economy_recurrent_bvnd" },
      { address: "b", input: "state_budget_total_bvnd" },
    ],
    rule: {
      kind: "ratio_to_target",
      a: "digital_economy_recurrent_bvnd",
      b: "state_budget_total_bvnd",
      target: 0.0025,
      literalKind: "ratio_full_above",
    },
    method: {
      vi: lines(
        "a = Tổng kinh phí chi thường xuyên từ NSNN cho kinh tế số (tỷ đồng);",
        "b = Tổng chi ngân sách nhà nước trên địa bàn (tỷ đồng);",
        "Tỷ lệ = a/b.",
        "Tỷ lệ ≥ 0,25%: điểm tối đa",
        "Tỷ lệ < 0,25%: điểm = Điểm tối đa * tỷ lệ",
      ),
      en: lines(
        "a = Total state-budget recurrent spending on the digital economy (billion VND);",
        "b = Total state-budget spending in the province (billion VND);",
        "Ratio = a/b.",
        "Ratio ≥ 0.25%: maximum points",
        "Ratio < 0.25%: points = maximum points × ratio",
      ),
    },
    leadAgency: "Sở Tài chính",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Báo cáo quyết toán ngân sách chi cho kinh tế số",
      en: "Budget final accounts of digital-economy spending",
    },
    provisional: {
      aspect: ["points", "rule"],
      reason:
        "Max points guessed: the cell prints '4' ('Ngan |4 | 435y'); 10 makes index VII total 150 (7.1–7.11 = 140). Rule kind chosen as for 7.11: scored as min(1, ratio/0.25%) × max; the word-for-word reading is kept as literalKind ratio_full_above.",
    },
    notes:
      "Recorded as ratio_to_target: published provincial points under this framework follow (ratio / threshold) × max below the threshold (e.g. 7.5 and 7.1 in a province's published 2022 results). Document words (OCR): 'Ty 18 > 0.25%: diém tdi da / Ty 18 <0.25%: diém = Piém t6i da * ty 1¢'. Read literally, below the threshold the score is 'Điểm tối đa * tỷ lệ' (not divided by 0,25%), i.e. ratio_full_above (see literal_kind), which jumps at the threshold.",
  },
]);
