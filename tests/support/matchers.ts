/**
 * Jest's asymmetric matchers, typed `unknown`. @types/jest declares them as returning `any`, which
 * makes every object literal holding one an unsafe `any` assignment; these keep the expected
 * objects typed without changing what they match.
 */
export const matching = {
  any: (type: unknown): unknown => expect.any(type),
  anything: (): unknown => expect.anything(),
  stringContaining: (text: string): unknown => expect.stringContaining(text),
  stringMatching: (pattern: string | RegExp): unknown => expect.stringMatching(pattern),
  objectContaining: (object: object): unknown => expect.objectContaining(object),
};
