import { create } from 'zustand';
import type { Subscription } from 'rxjs';
import type { WorkbenchDatabase } from '../../../../../app/db/collections';

export const complianceTermsSettingId = 'complianceTerms';

export interface OwnerTerm {
  term: string;
  suggestion: string;
}

export const useComplianceTerms = create<{ terms: OwnerTerm[] }>()(() => ({ terms: [] }));

function isTerm(value: unknown): value is OwnerTerm {
  const candidate = value as Partial<OwnerTerm> | null;
  return typeof candidate?.term === 'string' && typeof candidate.suggestion === 'string';
}

/** The owner's own risky words, added to the built-in advertising-law list wherever text is checked. */
export function watchComplianceTerms(db: WorkbenchDatabase): Subscription[] {
  return [
    db.settings.findOne(complianceTermsSettingId).$.subscribe((doc) => {
      const terms = doc?.value['terms'];
      useComplianceTerms.setState({ terms: Array.isArray(terms) ? terms.filter(isTerm) : [] });
    }),
  ];
}

/** "词 → 建议" per line; a line without an arrow gets an empty suggestion ("删除"). */
export function parseOwnerTerms(text: string): OwnerTerm[] {
  const seen = new Set<string>();
  const terms: OwnerTerm[] = [];
  for (const line of text.split(/\r?\n/)) {
    const [rawTerm = '', ...rest] = line.split(/→|->|=>/);
    const term = rawTerm.trim().slice(0, 40);
    if (!term || seen.has(term)) continue;
    seen.add(term);
    terms.push({ term, suggestion: rest.join('').trim().slice(0, 80) });
  }
  return terms.slice(0, 500);
}

export function formatOwnerTerms(terms: readonly OwnerTerm[]): string {
  return terms
    .map((entry) => (entry.suggestion ? `${entry.term} → ${entry.suggestion}` : entry.term))
    .join('\n');
}

export async function saveComplianceTerms(db: WorkbenchDatabase, terms: OwnerTerm[]): Promise<void> {
  await db.settings.upsert({ id: complianceTermsSettingId, value: { terms }, updatedAt: Date.now() });
}
