/**
 * What common administrative abbreviations stand for. The corpus mostly writes the full
 * words ("Ủy ban nhân dân phường" 34 times, "UBND phường" 4), so the model learns the
 * words around "phường" from the full form; the build and the restorer both read an
 * abbreviation listed here as its syllables (context only: the token is never changed).
 * Only readings that hold in plans whatever the document: "CT" (chủ tịch, chỉ thị), "TT"
 * (thường trực, thông tư, trung tâm) and "KT" (ký thay, kinh tế) are left out.
 * Keyed by the form without marks, as abbreviationUnit folds it; abbreviations spelled
 * like a syllable ("TU", "ĐU") are read as syllables and have no entry.
 */
export const ABBREVIATION_EXPANSIONS: Record<string, string> = {
  UBND: 'ủy ban nhân dân',
  HDND: 'hội đồng nhân dân',
  PCT: 'phó chủ tịch',
  MTTQ: 'mặt trận tổ quốc',
  MTTQVN: 'mặt trận tổ quốc việt nam',
  UBMTTQ: 'ủy ban mặt trận tổ quốc',
  BCD: 'ban chỉ đạo',
  BCH: 'ban chấp hành',
  BTV: 'ban thường vụ',
  TW: 'trung ương',
  DCSVN: 'đảng cộng sản việt nam',
  DBQH: 'đại biểu quốc hội',
  TDKT: 'thi đua khen thưởng',
  HDTDKT: 'hội đồng thi đua khen thưởng',
  CCHC: 'cải cách hành chính',
  TTHC: 'thủ tục hành chính',
  CNTT: 'công nghệ thông tin',
  ATTP: 'an toàn thực phẩm',
  ATGT: 'an toàn giao thông',
  ANTT: 'an ninh trật tự',
  PCCC: 'phòng cháy chữa cháy',
  BHXH: 'bảo hiểm xã hội',
  BHYT: 'bảo hiểm y tế',
  THCS: 'trung học cơ sở',
  THPT: 'trung học phổ thông',
  NSNN: 'ngân sách nhà nước',
  KBNN: 'kho bạc nhà nước',
  QLNN: 'quản lý nhà nước',
  HCNN: 'hành chính nhà nước',
  CCB: 'cựu chiến binh',
  HTX: 'hợp tác xã',
  LDLD: 'liên đoàn lao động',
  DTN: 'đoàn thanh niên',
  TP: 'thành phố',
  VP: 'văn phòng',
  VT: 'văn thư',
  'GD&DT': 'giáo dục và đào tạo',
  GDDT: 'giáo dục đào tạo',
  'TN&MT': 'tài nguyên và môi trường',
  'KH&DT': 'kế hoạch và đầu tư',
  'LDTB&XH': 'lao động thương binh và xã hội',
  'VH&TT': 'văn hóa và thông tin',
  'HDND-UBND': 'hội đồng nhân dân ủy ban nhân dân',
};
