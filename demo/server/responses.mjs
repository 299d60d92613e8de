// JSON answers of the reference API, errors in the contract's shape { error: { code, message, field } }.

export function sendJson(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'Access-Control-Allow-Origin': '*',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

export function sendError(res, status, code, message, field, headers) {
  sendJson(res, status, { error: { code, message, ...(field ? { field } : {}) } }, headers);
}

/**
 * Answers 405 (with `Allow`) to a method other than GET and HEAD, for the routes that only serve.
 * @returns {boolean} Whether it answered.
 */
export function refuseUnlessRead(req, res) {
  if (req.method === 'GET' || req.method === 'HEAD') return false;
  sendError(res, 405, 'method_not_allowed', 'Use GET.', undefined, { Allow: 'GET, HEAD' });
  return true;
}
