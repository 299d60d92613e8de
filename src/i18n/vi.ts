import type { Translation } from './translation.js';

/** Vietnamese, the default language. */
const vi: Translation = {
  $code: 'vi',
  $name: 'Tiếng Việt',
  $dir: 'ltr',

  loading: 'Đang tải…',
  loadError: 'Không tải được nội dung.',
  retry: 'Thử lại',
  empty: 'Chưa có nội dung.',
  errorDetails: 'Chi tiết lỗi',

  relatedHeading: 'Có thể bạn quan tâm',
  seeMore: 'Xem thêm',
  commentsHeading: 'Ý kiến bạn đọc',
  postComment: 'Gửi bình luận',
  reply: 'Trả lời',
  pendingModeration: 'Đang chờ duyệt',
  toMobile: 'Phiên bản di động',
  toDesktop: 'Phiên bản máy tính',
  photoCredit: 'Ảnh:',
  previousPhoto: 'Ảnh trước',
  nextPhoto: 'Ảnh tiếp theo',
};

export default vi;
