/**
 * Label and keyword patterns, on the folded key (no diacritics, lower case) and
 * tolerant of the misreadings an OCR without Vietnamese support makes ("thirc"
 * for "thực", "n0i" for "nội", "noi nhan", "S6").
 */

/** "Căn cứ …", "Thực hiện …", "Theo …", "Thi hành …": a basis paragraph opens so. */
export const BASIS_START = /^(can cu|th\S{1,3}c hien|theo|thi hanh)\b/;

/** What a basis part must open with (after its lead word) to be a document reference. */
export const DOCUMENT_REF =
  /^(cac |ca )?(hien phap|bo luat|luat|phap lenh|lenh|nghi quyet|nghi dinh|quyet dinh|thong tu|thong tu lien tich|ke hoach|chi thi|cong van|cong dien|huong dan|chuong trinh|ket luan|phuong an|quy che|quy dinh|de an|thong bao|van ban|bao cao|to trinh|y kien|chien luoc|quy hoach|dieu le)\b/;

/** "Nơi nhận:" (recipients label), also glued to other text by the OCR. */
export const RECIPIENTS_LABEL = /n[o0]\S?i\s*nh\S{1,2}n\s*:?/;
/** The label opening a line, also with its vowel and last letter misread when its colon shows ("Nuĩ nhậm:", bold italic at 200 dpi). */
export const RECIPIENTS_LABEL_AT_START = /^(?:n[o0]\S?i\s*nh\S{1,2}n\b|n[o0u]\S?i\s*nh\S{1,2}[nm]\s*:)/;

/** The capacity marks' letters, folded: TM. (on behalf of), KT. (deputy for), TL., TUQ., Q. (acting), PT. */
const MARKS = 'tm|kt|tl|tuq|q|pt';
/** A signature capacity line; Party documents write T/M, K/T, T/L. */
export const CAPACITY = new RegExp(`^(?:(?:${MARKS})\\s?[.,]|(?:t\\/m|k\\/t|t\\/l)\\.?)\\s*\\S`);
/** One word that is a capacity mark ("KT.", "T/M"), folded. */
export const CAPACITY_MARK = new RegExp(`^(?:(?:${MARKS})[.,]|(?:t\\/m|k\\/t|t\\/l)\\.?)$`);
/** A printed mark glued to the word after it ("KT.CHU TỊCH"): the mark, its stop. */
export const GLUED_CAPACITY_MARK = new RegExp(`^(${MARKS.toUpperCase()})([.,])(?=\\p{Lu})`, 'u');

/** "KT, CHỦ TỊCH": a capacity mark whose stop a faded copy shows as a comma, spaced. */
export const CAPACITY_MARK_WITH_COMMA = new RegExp(`^(${MARKS.toUpperCase()})\\s*,\\s*(?=\\p{Lu})`, 'u');

/** Upper-case lines under the type line that name the authority (decisions) and so end the title. */
export const AUTHORITY =
  /^(bo truong|thu truong|thu tuong|pho thu tuong|chu tich|pho chu tich|giam doc|uy ban nhan dan|ubnd|hoi dong nhan dan|truong ban|chanh van phong|tong cuc truong|cuc truong|hieu truong)\b/;

/** The motto of the right header column: the national one, or the Party's ("ĐẢNG CỘNG SẢN VIỆT NAM"). */
export const MOTTO = /^(cong hoa xa hoi|c[o0]ng h[o0]a|doc lap|d[o0]c l[a4]p|\W*doc lap|d[a4]ng c[o0]ng s[a4]n viet nam)/;

/** Titles a signer holds as printed, longest first so "PHÓ CHỦ TỊCH" wins over "CHỦ TỊCH". */
export const SIGNER_TITLES_PRINTED = [
  'PHÓ THỦ TƯỚNG', 'THỦ TƯỚNG', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC', 'PHÓ CHỦ TỊCH', 'CHỦ TỊCH', 'PHÓ GIÁM ĐỐC', 'GIÁM ĐỐC',
  'THỨ TRƯỞNG', 'BỘ TRƯỞNG', 'PHÓ TRƯỞNG BAN', 'TRƯỞNG BAN', 'PHÓ CHÁNH VĂN PHÒNG', 'CHÁNH VĂN PHÒNG',
  'PHÓ TRƯỞNG PHÒNG', 'TRƯỞNG PHÒNG', 'PHÓ CỤC TRƯỞNG', 'CỤC TRƯỞNG', 'PHÓ HIỆU TRƯỞNG', 'HIỆU TRƯỞNG', 'BÍ THƯ', 'PHÓ BÍ THƯ',
];

/** The same titles folded (no diacritics, lower case), for matching damaged text. */
export const SIGNER_TITLES = SIGNER_TITLES_PRINTED.map((t) => t.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/g, 'D').toLowerCase());

/** The collective bodies a capacity mark signs for ("TM. ỦY BAN NHÂN DÂN"), printed. */
export const SIGNING_BODIES_PRINTED = [
  'ỦY BAN NHÂN DÂN', 'HỘI ĐỒNG NHÂN DÂN', 'THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN', 'BAN CHẤP HÀNH', 'BAN THƯỜNG VỤ', 'BAN CHỈ ĐẠO',
  'HỘI ĐỒNG', 'ĐẢNG ỦY', 'ĐOÀN ĐẠI BIỂU QUỐC HỘI', 'CHÍNH PHỦ', 'BAN TỔ CHỨC', 'BAN CHỈ HUY',
];

/**
 * Upper-case section titles plans of every issuer print the same way (Decree 30 usage).
 * A damaged roman heading close to one of these is given its printed spelling.
 */
export const STANDARD_HEADINGS = [
  'MỤC ĐÍCH, YÊU CẦU', 'MỤC ĐÍCH', 'YÊU CẦU', 'MỤC TIÊU', 'MỤC TIÊU, YÊU CẦU', 'MỤC TIÊU, NHIỆM VỤ', 'QUAN ĐIỂM, MỤC TIÊU',
  'NỘI DUNG', 'NỘI DUNG THỰC HIỆN', 'NỘI DUNG TRỌNG TÂM', 'NHIỆM VỤ', 'NHIỆM VỤ CỤ THỂ', 'NHIỆM VỤ TRỌNG TÂM',
  'NHIỆM VỤ, GIẢI PHÁP', 'NHIỆM VỤ VÀ GIẢI PHÁP', 'NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU', 'GIẢI PHÁP', 'GIẢI PHÁP THỰC HIỆN',
  'TỔ CHỨC THỰC HIỆN', 'KINH PHÍ', 'KINH PHÍ THỰC HIỆN', 'TIẾN ĐỘ THỰC HIỆN', 'THỜI GIAN THỰC HIỆN', 'CHẾ ĐỘ BÁO CÁO',
  'PHÂN CÔNG NHIỆM VỤ', 'PHÂN CÔNG TRÁCH NHIỆM', 'PHẠM VI, ĐỐI TƯỢNG', 'ĐỐI TƯỢNG, PHẠM VI', 'KẾT QUẢ THỰC HIỆN',
];
