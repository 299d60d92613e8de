import { expect } from '@open-wc/testing';
import { postComment, retryAfterSeconds, type CommentSubmission } from '../../../src/components/comments/post-comment.js';
import { jsonResponse, stubFetch, untilAborted, type FetchStub } from '../../helpers/fetch-stub.js';

const SUBMISSION: CommentSubmission = { article: 'bai', parent: null, author: 'An', email: '', text: 'Hay', website: '' };
const COMMENT = { id: 'c1', article: 'bai', parent: null, author: 'An', text: 'Hay', createdAt: '2025-03-31T08:00:00Z', status: 'published' };

describe('postComment', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('posts JSON without cookies, in the reader\'s language', async () => {
    stub = stubFetch(() => jsonResponse({ comment: COMMENT }, { status: 201 }));
    expect(await postComment('/api/comments', SUBMISSION, { lang: 'en' })).to.deep.equal({ kind: 'published', comment: COMMENT });
    const [request] = stub.requests;
    expect(request.method).to.equal('POST');
    expect(request.credentials).to.equal('omit');
    expect(request.headers.get('content-type')).to.equal('application/json');
    expect(request.headers.get('accept-language')).to.equal('en');
    expect(await request.json()).to.deep.equal(SUBMISSION);
  });

  it('takes a 202 as pending whatever its body says', async () => {
    stub = stubFetch(() => jsonResponse({ comment: COMMENT }, { status: 202 }));
    const outcome = await postComment('/api/comments', SUBMISSION, { lang: 'vi' });
    expect(outcome).to.deep.equal({ kind: 'pending', comment: { ...COMMENT, status: 'pending' } });
  });

  it('reports an accepted post whose answer is unreadable as accepted, without the comment', async () => {
    stub = stubFetch(() => new Response('<html>', { status: 201 }));
    expect(await postComment('/api/comments', SUBMISSION, { lang: 'vi' })).to.deep.equal({ kind: 'published' });
    stub.restore();
    stub = stubFetch(() => jsonResponse({ comment: { ...COMMENT, createdAt: 'hôm qua' } }, { status: 201 }));
    expect(await postComment('/api/comments', SUBMISSION, { lang: 'vi' })).to.deep.equal({ kind: 'published' });
  });

  it('keeps only a well-formed error from a 4xx, with long messages cut', async () => {
    stub = stubFetch(() => jsonResponse({ error: { code: 'too_long', message: `  ${'x'.repeat(400)} `, field: 'text' } }, { status: 400 }));
    const outcome = await postComment('/api/comments', SUBMISSION, { lang: 'vi' });
    expect(outcome).to.include({ kind: 'invalid', status: 400, code: 'too_long', field: 'text' });
    expect((outcome as { message: string }).message).to.have.length(300);

    stub.restore();
    stub = stubFetch(() => jsonResponse({ error: { code: 7, message: { html: '<b>' }, field: '' } }, { status: 422 }));
    expect(await postComment('/api/comments', SUBMISSION, { lang: 'vi' })).to.deep.equal({
      kind: 'invalid',
      status: 422,
      code: undefined,
      message: undefined,
      field: undefined,
    });
  });

  it('sorts 413, 429, 5xx and failures to connect', async () => {
    const cases: [() => Response | Promise<Response>, unknown][] = [
      [() => new Response('', { status: 413 }), { kind: 'too-large' }],
      [() => new Response('', { status: 429, headers: { 'Retry-After': '12' } }), { kind: 'rate-limited', retryAfter: 12 }],
      [() => new Response('', { status: 502 }), { kind: 'server', status: 502 }],
      [() => new Response('', { status: 302 }), { kind: 'server', status: 302 }],
    ];
    for (const [answer, expected] of cases) {
      stub?.restore();
      stub = stubFetch(answer);
      expect(await postComment('/api/comments', SUBMISSION, { lang: 'vi' })).to.deep.equal(expected);
    }
    stub?.restore();
    stub = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect((await postComment('/api/comments', SUBMISSION, { lang: 'vi' })).kind).to.equal('network');
  });

  it('gives up on a server that never answers', async () => {
    stub = stubFetch(untilAborted);
    const outcome = await postComment('/api/comments', SUBMISSION, { lang: 'vi', timeout: 50 });
    expect(outcome.kind, 'told apart from a refused connection').to.equal('timeout');
    expect(stub.requests).to.have.length(1);
  });
});

describe('retryAfterSeconds', () => {
  it('reads seconds and HTTP dates, at least one second', () => {
    const now = Date.parse('2025-03-31T08:00:00Z');
    expect(retryAfterSeconds('30', now)).to.equal(30);
    expect(retryAfterSeconds(' 0 ', now)).to.equal(1);
    expect(retryAfterSeconds('Mon, 31 Mar 2025 08:01:30 GMT', now)).to.equal(90);
    expect(retryAfterSeconds('Mon, 31 Mar 2025 07:00:00 GMT', now)).to.equal(1);
    expect(retryAfterSeconds('soon', now)).to.equal(undefined);
    expect(retryAfterSeconds(null, now)).to.equal(undefined);
  });
});
