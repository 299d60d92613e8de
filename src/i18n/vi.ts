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

  // <news-figure>, <news-gallery>, <news-article>
  imageError: 'Không tải được ảnh.',
  viewLarger: (description) => (description ? `Xem ảnh lớn: ${description}` : 'Xem ảnh lớn'),
  photoViewer: 'Trình xem ảnh',
  close: 'Đóng',
  gallery: 'Bộ ảnh',
  photoCounter: (position, total) => `${position} / ${total}`,
  photoNumber: (position, total) => `Ảnh ${position} / ${total}`,
  thumbnails: 'Chọn ảnh',
  updated: 'Cập nhật',
  tags: 'Từ khóa',

  // <news-card>, <news-rail>
  railPrevious: 'Tin trước',
  railNext: 'Tin tiếp theo',
  railAdded: (count) => (count === 0 ? 'Không có tin mới' : `Đã thêm ${count} tin`),
  railPageError: 'Không tải được thêm tin.',
  railEnd: 'Đã hết tin.',

  // <news-comments>
  commentsCount: (count) => `${count.toLocaleString('vi')} bình luận`,
  commentsEmpty: 'Chưa có bình luận nào. Hãy là người đầu tiên chia sẻ ý kiến.',
  commentsSort: 'Sắp xếp',
  commentsNewest: 'Mới nhất',
  commentsOldest: 'Cũ nhất',
  commentsMore: 'Xem thêm bình luận',
  commentsAdded: (count) => (count === 0 ? 'Không có bình luận mới' : `Đã tải thêm ${count.toLocaleString('vi')} bình luận`),
  commentsMoreError: 'Không tải được thêm bình luận.',
  commentFormHeading: 'Viết bình luận',
  commentReplyTo: (author) => `Trả lời ${author}`,
  commentCancelReply: 'Hủy trả lời',
  commentNameLabel: 'Họ tên',
  commentEmailLabel: 'E-mail (không bắt buộc)',
  commentEmailHint: 'Không hiển thị công khai.',
  commentTextLabel: 'Ý kiến của bạn',
  commentCharacters: (count, max) => `${count.toLocaleString('vi')}/${max.toLocaleString('vi')} ký tự`,
  commentHoneypot: 'Để trống ô này',
  commentNameRequired: 'Vui lòng nhập họ tên.',
  commentNameTooLong: (max) => `Họ tên dài tối đa ${max.toLocaleString('vi')} ký tự.`,
  commentEmailInvalid: 'Địa chỉ e-mail không hợp lệ.',
  commentTextRequired: 'Vui lòng nhập ý kiến của bạn.',
  commentTextTooLong: (over) => `Ý kiến dài quá ${over.toLocaleString('vi')} ký tự.`,
  commentCheckFields: 'Vui lòng kiểm tra lại các ô được đánh dấu.',
  commentSending: 'Đang gửi…',
  commentPosted: 'Đã đăng bình luận của bạn.',
  commentHeld: 'Đã gửi bình luận. Bình luận sẽ hiển thị sau khi được duyệt.',
  commentRejected: 'Không gửi được bình luận. Vui lòng kiểm tra lại nội dung.',
  commentTooLarge: 'Bình luận quá dài để gửi. Hãy rút gọn rồi gửi lại; nội dung của bạn vẫn được giữ.',
  commentRateLimited: (seconds) =>
    seconds > 0
      ? `Bạn gửi hơi nhanh. Hãy thử lại sau ${seconds.toLocaleString('vi')} giây; nội dung của bạn vẫn được giữ.`
      : 'Bạn gửi hơi nhanh. Hãy thử lại sau ít phút; nội dung của bạn vẫn được giữ.',
  commentNetworkError: 'Không kết nối được máy chủ. Nội dung của bạn vẫn được giữ; hãy thử gửi lại.',
  commentServerError: 'Máy chủ đang gặp sự cố. Nội dung của bạn vẫn được giữ; hãy thử lại sau.',
  commentDraftRestored: 'Đã khôi phục bản nháp bạn đang viết.',

  // Timeouts: <news-provider>, <news-article>, <news-card>, <news-rail>, <news-comments>
  loadTimeout: 'Nội dung tải quá lâu, chưa hiển thị được.',
  railPageTimeout: 'Tải thêm tin quá lâu, chưa hiển thị được.',
  commentsMoreTimeout: 'Tải thêm bình luận quá lâu, chưa hiển thị được.',
  commentTimeout: 'Máy chủ phản hồi quá lâu. Nội dung của bạn vẫn được giữ; bình luận có thể đã được gửi, hãy kiểm tra trước khi gửi lại.',
};

export default vi;
