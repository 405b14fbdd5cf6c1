import { type DatasetInfo, type ImportBatch, importedFrom } from './batch';
import { type CompanyMatcher, slug } from './names';

/**
 * Resolves a company name from a dataset to a company id: a curated company when the name matches
 * one (legal forms ignored), otherwise a new `co:<slug>` row added to the batch, marked `reported`
 * because the dataset gives a name only (no headquarters, no parent).
 */
export function resolveCompany(
  name: string,
  matcher: CompanyMatcher,
  batch: ImportBatch,
  dataset: DatasetInfo,
): string | undefined {
  const found = matcher.find(name);
  if (found) return found;
  const base = slug(name);
  if (base === '') return undefined;
  const id = `co:${base}`;
  matcher.remember(name, id);
  if (!batch.companies.some((c) => c.id === id)) {
    batch.companies.push({
      id,
      name,
      confidence: 'reported',
      note: `Company name as written in ${dataset.title}; headquarters and parent not given by the dataset.`,
      imported_from: importedFrom(dataset),
    });
  }
  return id;
}
