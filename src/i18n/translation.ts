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
}

/** Some strings of a language, to override the built-in ones or fill in a new language. */
export type PartialTranslation = Partial<Translation> & Pick<Translation, '$code'>;
