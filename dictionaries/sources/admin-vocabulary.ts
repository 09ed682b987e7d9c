/**
 * Administrative vocabulary of local plans: units, titles, awards, recurring terms.
 * Multi-syllable entries join the word list so the decoder favours them; the syllables
 * join the inventory even where the corpus lacks them.
 */
export const ADMIN_VOCABULARY: string[] = [
  // units and bodies
  'ủy ban nhân dân', 'hội đồng nhân dân', 'mặt trận tổ quốc', 'ủy ban mặt trận tổ quốc', 'hội đồng thi đua khen thưởng',
  'hội đồng thi đua', 'ban thi đua khen thưởng', 'ban thường vụ', 'ban chấp hành', 'ban chỉ đạo', 'ban tuyên giáo',
  'ban dân vận', 'ban tổ chức', 'ủy ban kiểm tra', 'văn phòng', 'văn phòng hội đồng nhân dân và ủy ban nhân dân',
  'phòng nội vụ', 'phòng tư pháp', 'phòng tài chính kế hoạch', 'phòng tài chính', 'phòng kinh tế', 'phòng quản lý đô thị',
  'phòng tài nguyên và môi trường', 'phòng giáo dục và đào tạo', 'phòng văn hóa và thông tin', 'phòng y tế',
  'phòng lao động thương binh và xã hội', 'thanh tra', 'trung tâm văn hóa thông tin và thể thao', 'trung tâm y tế',
  'công an', 'ban chỉ huy quân sự', 'đảng ủy', 'đảng bộ', 'chi bộ', 'quận ủy', 'huyện ủy', 'thành ủy', 'tỉnh ủy',
  'liên đoàn lao động', 'công đoàn', 'đoàn thanh niên', 'đoàn thanh niên cộng sản hồ chí minh', 'hội liên hiệp phụ nữ',
  'hội cựu chiến binh', 'hội nông dân', 'hội chữ thập đỏ', 'hội người cao tuổi', 'hội khuyến học', 'cụm thi đua',
  'khối thi đua', 'tổ dân phố', 'khu dân cư', 'phường', 'xã', 'thị trấn', 'quận', 'huyện', 'thị xã', 'thành phố', 'tỉnh',
  'bộ nội vụ', 'ban thi đua khen thưởng trung ương', 'sở nội vụ', 'chính phủ', 'thủ tướng chính phủ', 'quốc hội',
  'đơn vị', 'cơ quan', 'doanh nghiệp', 'trường học', 'tập thể', 'cá nhân',
  // titles
  'chủ tịch', 'phó chủ tịch', 'chủ tịch ủy ban nhân dân', 'bí thư', 'phó bí thư', 'trưởng phòng', 'phó trưởng phòng',
  'giám đốc', 'phó giám đốc', 'thủ trưởng', 'chánh văn phòng', 'chánh thanh tra', 'trưởng ban', 'phó trưởng ban',
  'ủy viên', 'thường trực', 'đồng chí', 'cán bộ', 'công chức', 'viên chức', 'người lao động', 'đảng viên',
  // awards and emulation
  'thi đua', 'khen thưởng', 'thi đua khen thưởng', 'phong trào thi đua', 'thi đua yêu nước', 'bằng khen', 'giấy khen',
  'huân chương', 'huân chương lao động', 'huân chương độc lập', 'huy chương', 'kỷ niệm chương', 'chiến sĩ thi đua',
  'chiến sĩ thi đua cơ sở', 'chiến sĩ thi đua toàn quốc', 'lao động tiên tiến', 'tập thể lao động tiên tiến',
  'tập thể lao động xuất sắc', 'cờ thi đua', 'danh hiệu', 'điển hình tiên tiến', 'gương người tốt việc tốt',
  'người tốt việc tốt', 'anh hùng lao động', 'nhà giáo ưu tú', 'thầy thuốc ưu tú', 'nghệ nhân ưu tú', 'hoàn thành xuất sắc nhiệm vụ',
  // recurring terms of plans
  'kế hoạch', 'thực hiện', 'triển khai', 'tổ chức', 'chỉ đạo', 'hướng dẫn', 'kiểm tra', 'giám sát', 'đôn đốc',
  'báo cáo', 'tổng kết', 'sơ kết', 'đánh giá', 'phối hợp', 'chủ trì', 'tham mưu', 'đề xuất', 'thời gian hoàn thành',
  'nội dung công việc', 'đơn vị thực hiện', 'đơn vị phối hợp', 'nơi nhận', 'lưu', 'quý', 'hằng năm', 'hàng năm',
  'thường xuyên', 'định kỳ', 'năm học', 'nhiệm kỳ', 'bầu cử', 'đại biểu', 'kinh tế xã hội', 'quốc phòng', 'an ninh',
  'cải cách hành chính', 'thủ tục hành chính', 'chuyển đổi số', 'giải phóng mặt bằng', 'trật tự đô thị',
  'xây dựng nông thôn mới', 'văn minh đô thị', 'dân vận khéo', 'phòng chống dịch bệnh', 'ngày thành lập',
  'kỷ niệm', 'chào mừng', 'thủ đô', 'đất nước', 'nhân dân', 'hệ thống chính trị', 'trên địa bàn',
];
