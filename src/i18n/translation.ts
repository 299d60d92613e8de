/**
 * Every user-visible and ARIA string of the kit. Counts are functions so each language can
 * word its own plurals.
 */
export interface Translation {
  /** BCP 47 code of the language, e.g. "vi". */
  $code: string;
  /** The language's own name, e.g. "Tiếng Việt". */
  $name: string;
  $dir: 'ltr' | 'rtl';

  loading: string;
  loadError: string;
  retry: string;
  empty: string;
  /** Heading of the list of problems shown with a malformed document. */
  errorDetails: string;

  relatedHeading: string;
  seeMore: string;
  commentsHeading: string;
  postComment: string;
  reply: string;
  pendingModeration: string;
  toMobile: string;
  toDesktop: string;
  /** Prefix of a photo credit: "Ảnh:" in "Ảnh: Hoàng Phúc". */
  photoCredit: string;
  previousPhoto: string;
  nextPhoto: string;

  // <news-figure>, <news-gallery>, <news-article>
  /** In place of a photo that could not be loaded. */
  imageError: string;
  /** Name of the button that opens a photo large; `description` is its alt text, "" when it has none worth reading. */
  viewLarger: (description: string) => string;
  /** Name of the lightbox dialog. */
  photoViewer: string;
  /** The lightbox's close button. */
  close: string;
  /** Name of a gallery without a caption. */
  gallery: string;
  /** The gallery's visible counter, "2 / 5". */
  photoCounter: (position: number, total: number) => string;
  /** The same for screen readers, and the name of a thumbnail: "Ảnh 2 / 5". */
  photoNumber: (position: number, total: number) => string;
  /** Name of a gallery's row of thumbnails. */
  thumbnails: string;
  /** Before the time an article was last updated. */
  updated: string;
  /** Name of an article's list of tags. */
  tags: string;

  // <news-card>, <news-rail>
  /** A carousel rail's button that scrolls back one view. */
  railPrevious: string;
  /** A carousel rail's button that scrolls on one view. */
  railNext: string;
  /** Announced after "See more": how many stories were added (0 when none were new). */
  railAdded: (count: number) => string;
  /** Shown when a further page of a rail could not be loaded; the button then retries. */
  railPageError: string;
  /** Shown once "See more" has reached the last page. */
  railEnd: string;

  // <news-comments>
  /** How many comments an article has, beside the heading: "12 bình luận". */
  commentsCount: (count: number) => string;
  /** Shown when an article has no comment yet. */
  commentsEmpty: string;
  /** Label of the menu that orders the comments. */
  commentsSort: string;
  commentsNewest: string;
  commentsOldest: string;
  /** The button that loads the next page of comments. */
  commentsMore: string;
  /** Announced after loading more: how many comments were added. */
  commentsAdded: (count: number) => string;
  /** Shown when a further page of comments could not be loaded; the button then retries. */
  commentsMoreError: string;
  /** Heading of the form for a new comment. */
  commentFormHeading: string;
  /** Heading of the form under a comment, and the name of that comment's reply button. */
  commentReplyTo: (author: string) => string;
  /** Moves the form back from under a comment to its own place. */
  commentCancelReply: string;
  commentNameLabel: string;
  commentEmailLabel: string;
  /** Under the e-mail field: what happens to the address. */
  commentEmailHint: string;
  commentTextLabel: string;
  /** The live count under the text: "120/5.000 ký tự". */
  commentCharacters: (count: number, max: number) => string;
  /** Label of the hidden field that only robots fill in. */
  commentHoneypot: string;
  commentNameRequired: string;
  commentNameTooLong: (max: number) => string;
  commentEmailInvalid: string;
  commentTextRequired: string;
  /** The text is `over` characters past the limit. */
  commentTextTooLong: (over: number) => string;
  /** Announced when the form has fields to correct. */
  commentCheckFields: string;
  commentSending: string;
  commentPosted: string;
  /** The comment was accepted for moderation (202). */
  commentHeld: string;
  /** Refused (4xx) without a message of the server's own. */
  commentRejected: string;
  commentTooLarge: string;
  /** Too many posts: wait `seconds` (0 when the server did not say). */
  commentRateLimited: (seconds: number) => string;
  commentNetworkError: string;
  commentServerError: string;
  /** Shown when a draft saved earlier is back in the box. */
  commentDraftRestored: string;

  // Timeouts (the `timeout` attribute): <news-provider>, <news-article>, <news-card>, <news-rail>, <news-comments>
  /** In the error panel, in place of `loadError`, when the content did not arrive in time. */
  loadTimeout: string;
  /** In place of `railPageError` when a further page of a rail did not arrive in time. */
  railPageTimeout: string;
  /** In place of `commentsMoreError` when a further page of comments did not arrive in time. */
  commentsMoreTimeout: string;
  /** A post got no answer in time: the text is kept, and the comment may have been posted all the same. */
  commentTimeout: string;
}

/** Some strings of a language, to override the built-in ones or fill in a new language. */
export type PartialTranslation = Partial<Translation> & Pick<Translation, '$code'>;
