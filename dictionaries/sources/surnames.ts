/**
 * Vietnamese surnames (họ), with their marks: fixed linguistic knowledge, listed by hand.
 * The names builder (build-names.ts) counts how often each opens a person's full name in
 * the corpus; a run of capitalised syllables opens a name only with one of these.
 */
export const SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đào', 'Đoàn', 'Vương', 'Trương', 'Đinh', 'Lâm', 'Phùng', 'Mai', 'Tô', 'Trịnh', 'Hà', 'Lưu', 'Tạ', 'Cao', 'Lương',
  'Quách', 'Thái', 'Châu', 'Văn', 'Lại', 'Kiều', 'Đàm', 'Hứa', 'La', 'Từ', 'Triệu', 'Chu', 'Nông', 'Tăng', 'Thân',
  'Khúc', 'Kim', 'Lò', 'Mạc', 'Nghiêm', 'Ông', 'Diệp', 'Tôn', 'Đồng', 'Âu', 'Giang', 'Hầu', 'Khổng', 'Khương', 'Lục',
  'Mã', 'Ninh', 'Phí', 'Phó', 'Quan', 'Sầm', 'Tiêu', 'Thạch', 'Tống', 'Trình', 'Ứng', 'Vi', 'Viên', 'Bạch', 'Bế', 'Cù',
  'Cung', 'Doãn', 'Giáp', 'Hàn', 'Hạ', 'Khuất', 'Kha', 'Lạc', 'Lã', 'Lữ', 'Mẫn', 'Nhan', 'Thiều', 'Tiết', 'Trác', 'Ung',
  'Đới', 'Cấn', 'Chế', 'Chung', 'Dư', 'Đậu', 'Đường', 'Liêu', 'Nhữ', 'Ôn', 'Tào', 'Bành', 'Biện', 'Bồ', 'Chử', 'Điêu',
  'Hàm', 'Hán', 'Khâu', 'Khiếu', 'Lường', 'Mông', 'Ma', 'Quản', 'Thi', 'Thều', 'Trang', 'Vòng', 'Yên', 'Đào', 'Lều',
  'Mạch', 'Kỳ', 'Công', 'Phương', 'Sơn', 'Hoa', 'Quang', 'Long', 'Hồng',
];

