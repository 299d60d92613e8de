import { FetchError } from './fetch-error.js';

/**
 * The body of `response` as UTF-8 text, refusing anything over `maxBytes`: first by its declared
 * Content-Length, then by counting the bytes as they stream in, so a huge or endless body is cut
 * off early instead of filling memory.
 */
export async function readCappedText(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    void response.body?.cancel();
    throw tooLarge(response.url, maxBytes);
  }
  if (!response.body) return '';

  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > maxBytes) {
      void reader.cancel();
      throw tooLarge(response.url, maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
}

function tooLarge(url: string, maxBytes: number): FetchError {
  return new FetchError('too-large', `${url || 'The response'} is larger than ${maxBytes} bytes.`);
}
