// Small statistics and formatting shared by the benchmark modules.

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values) {
  return quantile(values, 0.5);
}

/** The `q` quantile of `values` (0 ≤ q ≤ 1), interpolating between neighbours. */
export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** "12.3" — milliseconds with one decimal. */
export function ms(value) {
  return value.toFixed(1);
}

/** "1.08×". */
export function times(value) {
  return `${value.toFixed(2)}×`;
}

/** A markdown table. */
export function markdownTable(columns, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(columns), line(columns.map(() => '---')), ...rows.map(line)].join('\n');
}
