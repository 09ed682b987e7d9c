/**
 * Upper-case abbreviations of administrative Vietnamese, in their correct spelling.
 * The build also learns the ones the corpus spells with Đ; this list covers the
 * units and terms of local plans the corpus may lack. Keyed at run time by the
 * stripped form ("HDTDKT" → "HĐTĐKT").
 */
export const ABBREVIATIONS: string[] = [
  'UBND', 'HĐND', 'MTTQ', 'TĐKT', 'HĐTĐKT', 'TTHC', 'GD&ĐT', 'GDĐT', 'TN&MT', 'TNMT', 'QLĐT',
  'VH&TT', 'VHTT', 'VH-TT', 'LĐTB&XH', 'LĐTBXH', 'LĐ-TB&XH', 'KH&ĐT', 'KHĐT', 'TC-KH', 'TCKH',
  'NĐ-CP', 'NĐ', 'QĐ', 'QĐ-UBND', 'QĐ-TTg', 'QĐ-BNV', 'TT-BNV', 'NQ-HĐND', 'KH-UBND', 'KH-HĐTĐKT',
  'HĐTĐ', 'HĐTĐ-KT', 'BCĐ', 'ĐU', 'ĐUK', 'ĐTN', 'ĐVTN', 'HĐQT', 'CĐCS', 'LĐLĐ', 'LĐ', 'CĐ',
  'ĐH', 'ĐHĐ', 'ĐBQH', 'ĐVHC', 'ĐKKD', 'ĐTXD', 'TTĐT', 'ĐCSVN', 'ĐCS', 'TĐTT', 'ĐTĐ', 'ĐT',
  'THCS', 'THPT', 'PCCC', 'ANTT', 'ATGT', 'CCHC', 'CNTT', 'XDCB', 'HTX', 'KT-XH', 'BHXH', 'BHYT',
  'CCB', 'QLNN', 'HCNN', 'VP', 'HU', 'TU', 'QU', 'BTV', 'BCH', 'CT-TTg', 'TW', 'HN', 'TP',
  'VPHĐND-UBND', 'VP HĐND-UBND', 'HĐND-UBND', 'MTTQVN', 'ĐHĐCĐ', 'KCN', 'CCN', 'GPMB', 'GPXD',
  'Đ/c', 'đ/c', 'TTr', 'BC', 'KH', 'CV', 'TB', 'HD', 'QĐ-HĐTĐKT', 'TĐ-KT',
  // offices and officers of the "Nơi nhận" lists
  'TAND', 'VKSND', 'KSND', 'LĐVP', 'CVP', 'PCVP', 'VPUB', 'VPUBND', 'VPCP', 'UBMTTQVN', 'BCHQS', 'BĐBP', 'BCHBĐBP',
  'CT', 'PCT', 'GĐ', 'PGĐ', 'TGĐ', 'PTGĐ', 'ĐBQH', 'LĐLĐ', 'KHCN', 'KH&CN', 'NN&MT', 'NNMT', 'VHTTDL', 'TT&TT', 'PTTH',
  'TT', 'TTg', 'BTCN', 'PCN', 'KGVX', 'NC', 'TH', 'KT', 'ĐT', 'XD', 'NV', 'TP', 'CA', 'CAT', 'DN', 'Cty',
];
