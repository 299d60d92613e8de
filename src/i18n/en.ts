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
};

export default en;
