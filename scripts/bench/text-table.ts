/** Aligned plain-text tables: text columns to the left, figures to the right. */
export type Cell = string | number;

/** A cell that is one figure (with its unit, or a range of two) is aligned right; "—" means none. */
const FIGURE = /^(—|n\/a|[×~+−-]?[\d.,]+(\s?(ms|KB|MB))?(\s–\s[\d.,]+(\s?(ms|KB|MB))?)?)$/;

export function formatTable(headers: readonly string[], rows: readonly (readonly Cell[])[], indent = '  '): string {
  const text = rows.map((row) => row.map(String));
  const widths = headers.map((header, column) => Math.max(header.length, ...text.map((row) => row[column]?.length ?? 0)));
  const numeric = headers.map((_, column) => text.every((row) => FIGURE.test(row[column] ?? '')));
  const line = (cells: readonly string[]) =>
    indent +
    cells
      .map((cell, column) => (numeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((width) => '─'.repeat(width))), ...text.map(line)].join('\n');
}

/** Milliseconds with precision that suits their size. */
export function ms(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)} ms`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function ratio(value: number): string {
  return Number.isFinite(value) ? `×${value.toFixed(2)}` : '—';
}
