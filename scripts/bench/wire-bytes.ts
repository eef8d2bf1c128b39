// What a response costs over the network from a host that compresses text, as static hosts do
// (gzip or better for scripts, JSON, styles and markup). Pagefind's index, fragments and Wasm
// are gzip files already, and are sent as they are.
import { gzipSync } from 'node:zlib';

const TEXT = /^(?:text\/|application\/(?:javascript|json|manifest\+json)|image\/svg\+xml)/u;

/**
 * The bytes of a body sent with gzip (level 6, as most servers use) if it is text, else as is.
 * @example wireBytes(Buffer.from('a'.repeat(1000)), 'text/javascript; charset=utf-8') // => 29
 */
export function wireBytes(body: Uint8Array, contentType: string): number {
  return TEXT.test(contentType.toLowerCase()) ? gzipSync(body, { level: 6 }).length : body.length;
}
