import type { Translation } from './translation.js';

/** English. */
const en: Translation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',

  loading: 'Loading…',
  loadError: 'This content could not be loaded.',
  retry: 'Retry',
  empty: 'Nothing to show yet.',
  errorDetails: 'What was wrong',

  relatedHeading: 'You may be interested',
  seeMore: 'See more',
  commentsHeading: 'Reader comments',
  postComment: 'Post comment',
  reply: 'Reply',
  pendingModeration: 'Awaiting moderation',
  toMobile: 'Mobile version',
  toDesktop: 'Desktop version',
  photoCredit: 'Photo:',
  previousPhoto: 'Previous photo',
  nextPhoto: 'Next photo',

  // <news-figure>, <news-gallery>, <news-article>
  imageError: 'The photo could not be loaded.',
  viewLarger: (description) => (description ? `View larger: ${description}` : 'View larger photo'),
  photoViewer: 'Photo viewer',
  close: 'Close',
  gallery: 'Photo gallery',
  photoCounter: (position, total) => `${position} / ${total}`,
  photoNumber: (position, total) => `Photo ${position} of ${total}`,
  thumbnails: 'Choose a photo',
  updated: 'Updated',
  tags: 'Tags',

  // <news-card>, <news-rail>
  railPrevious: 'Previous stories',
  railNext: 'Next stories',
  railAdded: (count) => (count === 0 ? 'No new stories' : count === 1 ? 'Added 1 story' : `Added ${count} stories`),
  railPageError: 'More stories could not be loaded.',
  railEnd: 'No more stories.',

  // <news-comments>
  commentsCount: (count) => (count === 1 ? '1 comment' : `${count.toLocaleString('en')} comments`),
  commentsEmpty: 'No comments yet. Be the first to share your view.',
  commentsSort: 'Sort by',
  commentsNewest: 'Newest',
  commentsOldest: 'Oldest',
  commentsMore: 'More comments',
  commentsAdded: (count) =>
    count === 0 ? 'No new comments' : count === 1 ? 'Loaded 1 more comment' : `Loaded ${count.toLocaleString('en')} more comments`,
  commentsMoreError: 'More comments could not be loaded.',
  commentFormHeading: 'Write a comment',
  commentReplyTo: (author) => `Reply to ${author}`,
  commentCancelReply: 'Cancel reply',
  commentNameLabel: 'Name',
  commentEmailLabel: 'E-mail (optional)',
  commentEmailHint: 'Never shown publicly.',
  commentTextLabel: 'Your comment',
  commentCharacters: (count, max) => `${count.toLocaleString('en')}/${max.toLocaleString('en')} characters`,
  commentHoneypot: 'Leave this empty',
  commentNameRequired: 'Please enter your name.',
  commentNameTooLong: (max) => `Names are at most ${max.toLocaleString('en')} characters long.`,
  commentEmailInvalid: 'This is not a valid e-mail address.',
  commentTextRequired: 'Please write your comment.',
  commentTextTooLong: (over) => (over === 1 ? 'Your comment is 1 character too long.' : `Your comment is ${over.toLocaleString('en')} characters too long.`),
  commentCheckFields: 'Please check the highlighted fields.',
  commentSending: 'Sending…',
  commentPosted: 'Your comment has been posted.',
  commentHeld: 'Your comment was sent. It will appear once a moderator has approved it.',
  commentRejected: 'Your comment could not be posted. Please check it.',
  commentTooLarge: 'Your comment is too large to send. Shorten it and try again; your text is kept.',
  commentRateLimited: (seconds) =>
    seconds > 0
      ? `You are posting too fast. Try again in ${seconds.toLocaleString('en')} s; your text is kept.`
      : 'You are posting too fast. Try again in a few minutes; your text is kept.',
  commentNetworkError: 'The server could not be reached. Your text is kept; try sending it again.',
  commentServerError: 'The server ran into a problem. Your text is kept; try again later.',
  commentDraftRestored: 'Your unsent draft is back.',

  // Timeouts: <news-provider>, <news-article>, <news-card>, <news-rail>, <news-comments>
  loadTimeout: 'This content took too long to load.',
  railPageTimeout: 'More stories took too long to load.',
  commentsMoreTimeout: 'More comments took too long to load.',
  commentTimeout: 'The server took too long to answer. Your text is kept; the comment may have been posted, so check before sending it again.',
};

export default en;
