/**
 * Turns free text into a safe Lucene query for the full-text index: every term is escaped (so
 * user text can never be Lucene syntax) and matched exactly or as a prefix; all terms must match.
 */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function luceneQuery(text: string): string {
  const terms = text
    .split(/\s+/)
    .map((t) => t.toLowerCase().replace(SPECIAL, '\\$&'))
    .filter((t) => /[\p{L}\p{N}]/u.test(t))
    .slice(0, 16);
  return terms.map((t) => `(${t} OR ${t}*)`).join(' AND ');
}
