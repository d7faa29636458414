import type { EstimatedPageNumbers, PageNumberEstimator } from 'docx';

/**
 * The page numbers a layout pass worked out, as plain JSON to keep with the revision. Headings' bookmarks are
 * named from a counter that runs on across documents (_Toc1 …, then _Toc12 … in the next), so they are kept in
 * document order rather than by name.
 */
export interface StoredPageNumbers {
  /** The page each heading bookmark starts on, in document order: as shown, and as a number. */
  bookmarks: { page: string; number: number | null }[];
  pageCount: number | null;
  sectionPageCounts: (number | null)[];
  /** Where the layout guessed (a font outside its metric tables, such as 仿宋_GB2312), page by page. */
  guesses: { reason: string; page: number }[];
}

/** The names of the bookmarks in a formatted body, in document order. */
export function bookmarkNames(body: unknown): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  const walk = (node: unknown, inBookmark: boolean) => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, inBookmark));
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '_attr' && inBookmark) {
        const name = (value as Record<string, unknown>)['w:name'];
        if (typeof name === 'string' && !seen.has(name)) {
          seen.add(name);
          names.push(name);
        }
      } else walk(value, key === 'w:bookmarkStart');
    }
  };
  walk(body, false);
  return names;
}

export function toStored(e: EstimatedPageNumbers, order: string[]): StoredPageNumbers {
  return {
    bookmarks: order.filter((n) => e.bookmarks.has(n)).map((n) => ({ page: e.bookmarks.get(n)!, number: e.bookmarkPageNumbers?.get(n) ?? null })),
    pageCount: e.pageCount ?? null,
    sectionPageCounts: (e.sectionPageCounts ?? []).map((n) => n ?? null),
    guesses: (e.guesses ?? []).map((g) => ({ reason: g.reason, page: g.page })),
  };
}

/** An estimator that writes numbers kept from an earlier layout pass, without laying anything out again. */
export function storedEstimator(stored: StoredPageNumbers): PageNumberEstimator {
  return (body) => {
    const names = bookmarkNames(body);
    const pairs = names.slice(0, stored.bookmarks.length).map((n, i) => [n, stored.bookmarks[i]!] as const);
    return {
      bookmarks: new Map(pairs.map(([n, b]) => [n, b.page])),
      bookmarkPageNumbers: new Map(pairs.filter(([, b]) => b.number !== null).map(([n, b]) => [n, b.number!])),
      ...(stored.pageCount !== null && { pageCount: stored.pageCount }),
      sectionPageCounts: stored.sectionPageCounts.map((n) => n ?? undefined),
    };
  };
}

/** Wraps an estimator so the numbers it works out can be kept. */
export function recording(estimator: PageNumberEstimator): { estimator: PageNumberEstimator; result: () => StoredPageNumbers | null } {
  let last: StoredPageNumbers | null = null;
  const wrapped = Object.assign(
    (body: Parameters<PageNumberEstimator>[0], context: Parameters<PageNumberEstimator>[1]) => {
      const numbers = estimator(body, context);
      last = toStored(numbers, bookmarkNames(body).filter((n) => numbers.bookmarks.has(n)));
      return numbers;
    },
    { ...(estimator.listNumbers && { listNumbers: estimator.listNumbers }) },
  );
  return { estimator: wrapped, result: () => last };
}
