// Reads a request's JSON body, up to a size cap, without ever throwing.

/**
 * @typedef {{ ok: true, value: unknown }
 *   | { ok: false, status: 400 | 413 | 415, code: 'invalid_json' | 'too_large' | 'unsupported_media_type' | 'aborted' }} BodyResult
 */

/** `application/json`, with no charset or UTF-8 (RFC 8259 §8.1: JSON between systems is UTF-8). */
const JSON_TYPE = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/** True when the request says its body is JSON. */
export function isJsonRequest(req) {
  return JSON_TYPE.test(req.headers['content-type'] ?? '');
}

/**
 * The parsed JSON body of `req`. A body over `maxBytes` is refused by its Content-Length before
 * anything is read, else as soon as the bytes received pass the cap: the rest is never read (answer
 * with `Connection: close`, so the client stops sending). Invalid UTF-8 or JSON is `invalid_json`.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} maxBytes
 * @returns {Promise<BodyResult>}
 */
export function readJsonBody(req, maxBytes) {
  if (!isJsonRequest(req)) return Promise.resolve({ ok: false, status: 415, code: 'unsupported_media_type' });
  if (Number(req.headers['content-length']) > maxBytes) return Promise.resolve({ ok: false, status: 413, code: 'too_large' });

  return new Promise((resolve) => {
    const chunks = [];
    let received = 0;

    function finish(result) {
      req.off('data', onData).off('end', onEnd).off('error', onAbort).off('close', onAbort);
      resolve(result);
    }
    function onData(chunk) {
      received += chunk.length;
      if (received <= maxBytes) return void chunks.push(chunk);
      req.pause();
      finish({ ok: false, status: 413, code: 'too_large' });
    }
    function onEnd() {
      finish(parse(Buffer.concat(chunks)));
    }
    function onAbort() {
      // The client went away (or the stream failed) before the end: nobody is left to answer.
      finish({ ok: false, status: 400, code: 'aborted' });
    }
    req.on('data', onData).on('end', onEnd).on('error', onAbort).on('close', onAbort);
  });
}

/** @returns {BodyResult} */
function parse(bytes) {
  try {
    // fatal: bytes that are not UTF-8 are an error, not silently replaced.
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return { ok: false, status: 400, code: 'invalid_json' };
  }
}
