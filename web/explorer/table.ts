import { type Cell, toCsv } from './csv';
import { h } from './dom';

export interface Column<T> {
  header: string;
  value: (row: T) => Cell;
  /** Rendered cell (defaults to the value as text). */
  render?: (row: T) => Node | string;
}

export interface TableOptions<T> {
  /** Stable name: the table's data-table attribute and its CSV file name. */
  name: string;
  caption?: string;
  columns: Column<T>[];
  rows: T[];
  /** Rows shown on the page (the CSV always has them all). */
  maxRows?: number;
  onRowClick?: (row: T) => void;
  rowId?: (row: T) => string;
}

/** Offers text as a file download (a blob: URL the page itself made: nothing is fetched). */
export function download(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A table of what is on screen, with a "CSV" button that downloads exactly its rows and columns. */
export function table<T>(options: TableOptions<T>): HTMLElement {
  const max = options.maxRows ?? 300;
  const shown = options.rows.slice(0, max);
  const csv = () =>
    toCsv(
      options.columns.map((c) => c.header),
      options.rows.map((r) => options.columns.map((c) => c.value(r))),
    );
  return h(
    'div',
    { class: 'table-block', 'data-table': options.name },
    h(
      'div',
      { class: 'table-head' },
      h(
        'span',
        { class: 'table-caption' },
        options.caption ?? '',
        ` (${options.rows.length.toLocaleString('en-US')} rows)`,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'csv',
          'data-csv': options.name,
          onclick: () => download(`${options.name}.csv`, csv()),
        },
        'CSV',
      ),
    ),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          options.columns.map((c) => h('th', {}, c.header)),
        ),
      ),
      h(
        'tbody',
        {},
        shown.map((row) =>
          h(
            'tr',
            {
              'data-id': options.rowId?.(row),
              class: options.onRowClick ? 'clickable' : undefined,
              onclick: options.onRowClick ? () => options.onRowClick!(row) : undefined,
            },
            options.columns.map((c) => h('td', {}, c.render ? c.render(row) : String(c.value(row) ?? ''))),
          ),
        ),
      ),
    ),
    options.rows.length > max ? h('p', { class: 'more' }, `${options.rows.length - max} more rows in the CSV.`) : null,
  );
}
