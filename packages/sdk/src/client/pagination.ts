/**
 * Cursor pages. A list call returns a promise of its first page that is also an async iterable over every
 * item of every page: `await client.procedures.list()` or `for await (const p of client.procedures.list())`.
 */
export interface PageData<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
}

export class Page<T> implements AsyncIterable<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
  /** Items across all pages, when the server says. */
  readonly total: number | undefined;

  constructor(data: PageData<T>, private readonly load: (cursor: string) => Promise<Page<T>>) {
    this.items = data.items;
    this.nextCursor = data.nextCursor;
    this.total = data.total;
  }

  hasNextPage(): boolean {
    return this.nextCursor !== null;
  }

  /** The next page; throws when there is none (check `hasNextPage()`). */
  nextPage(): Promise<Page<T>> {
    if (this.nextCursor === null) return Promise.reject(new RangeError('This is the last page.'));
    return this.load(this.nextCursor);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    let page: Page<T> = this;
    for (;;) {
      yield* page.items;
      if (!page.hasNextPage()) return;
      page = await page.nextPage();
    }
  }
}

export type PagePromise<T> = Promise<Page<T>> & AsyncIterable<T>;

/** Wraps a page loader: the first page as a promise, every item as an async iterable. */
export function paginate<T>(fetchPage: (cursor: string | undefined) => Promise<PageData<T>>): PagePromise<T> {
  const load = (cursor: string | undefined): Promise<Page<T>> => fetchPage(cursor).then((data) => new Page(data, load));
  const first = load(undefined);
  return Object.assign(first, {
    async *[Symbol.asyncIterator]() {
      yield* await first;
    },
  });
}
