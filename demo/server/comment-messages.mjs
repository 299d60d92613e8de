// The comment API's error messages, in the reader's language: the element shows them as they come.
import { COMMENT_LIMITS } from './comment-input.mjs';

const MESSAGES = {
  vi: {
    invalid_json: 'Nội dung gửi lên không phải JSON hợp lệ.',
    invalid_body: 'Nội dung gửi lên phải là một đối tượng JSON.',
    unsupported_media_type: 'Chỉ nhận nội dung JSON (Content-Type: application/json).',
    too_large: `Nội dung gửi lên quá lớn (tối đa ${COMMENT_LIMITS.bodyBytes / 1024} KB).`,
    rate_limited: (seconds) => `Bạn gửi quá nhanh. Hãy thử lại sau ${seconds} giây.`,
    rejected: 'Không thể nhận bình luận này.',
    not_found: 'Không tìm thấy bài viết.',
    invalid_parent: 'Không tìm thấy bình luận bạn đang trả lời.',
    method_not_allowed: 'Chỉ nhận GET, HEAD, POST và OPTIONS.',
    required: {
      article: 'Thiếu mã bài viết.',
      author: 'Vui lòng nhập tên của bạn.',
      text: 'Vui lòng nhập nội dung bình luận.',
    },
    too_long: {
      author: `Tên dài tối đa ${COMMENT_LIMITS.author} ký tự.`,
      text: `Bình luận dài tối đa ${COMMENT_LIMITS.text.toLocaleString('vi')} ký tự.`,
    },
    invalid: {
      email: 'Địa chỉ e-mail không hợp lệ.',
      '': (field) => `Giá trị của “${field}” không hợp lệ.`,
    },
  },
  en: {
    invalid_json: 'The request body is not valid JSON.',
    invalid_body: 'The request body must be a JSON object.',
    unsupported_media_type: 'Only JSON is accepted (Content-Type: application/json).',
    too_large: `The request body is too large (at most ${COMMENT_LIMITS.bodyBytes / 1024} KB).`,
    rate_limited: (seconds) => `You are posting too fast. Please try again in ${seconds} s.`,
    rejected: 'This comment cannot be accepted.',
    not_found: 'No such article.',
    invalid_parent: 'The comment you are replying to was not found.',
    method_not_allowed: 'Use GET, HEAD, POST or OPTIONS.',
    required: {
      article: 'The article id is missing.',
      author: 'Please enter your name.',
      text: 'Please write your comment.',
    },
    too_long: {
      author: `Names are at most ${COMMENT_LIMITS.author} characters long.`,
      text: `Comments are at most ${COMMENT_LIMITS.text.toLocaleString('en')} characters long.`,
    },
    invalid: {
      email: 'This is not a valid e-mail address.',
      '': (field) => `The value of “${field}” is not valid.`,
    },
  },
};

/**
 * The language to answer in: the first of `vi` and `en` in Accept-Language (in order of
 * preference), else Vietnamese, the kit's default.
 * @param {string | undefined} acceptLanguage
 * @returns {'vi' | 'en'}
 */
export function pickLanguage(acceptLanguage) {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((entry, index) => {
      const [tag, ...params] = entry.trim().toLowerCase().split(';');
      const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { lang: tag.split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ lang, q }) => (lang === 'vi' || lang === 'en') && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.lang ?? 'vi';
}

/**
 * The message for an error `code` about `field`, in `lang`.
 * @param {'vi' | 'en'} lang
 * @param {string} code
 * @param {string} [field]
 * @param {number} [seconds] For `rate_limited`.
 */
export function commentMessage(lang, code, field = '', seconds = 60) {
  let message = MESSAGES[lang][code] ?? MESSAGES[lang].rejected;
  if (typeof message === 'object') message = message[field] ?? message[''] ?? MESSAGES[lang].rejected;
  if (typeof message === 'function') return message(code === 'rate_limited' ? seconds : field);
  return message;
}
