/** Rows of a sparse matrix, compressed: row i holds columns[starts[i]..starts[i + 1]). */
export interface SparseRows {
  starts: Int32Array;
  columns: Int32Array;
  values: Float64Array;
  width: number;
}

/** Packs rows given as [column, value] pairs. */
export function packRows(rows: [number, number][][], width: number): SparseRows {
  const starts = new Int32Array(rows.length + 1);
  rows.forEach((row, i) => (starts[i + 1] = starts[i]! + row.length));
  const columns = new Int32Array(starts[rows.length]!);
  const values = new Float64Array(starts[rows.length]!);
  rows.forEach((row, i) =>
    row.forEach(([column, value], k) => {
      columns[starts[i]! + k] = column;
      values[starts[i]! + k] = value;
    }),
  );
  return { starts, columns, values, width };
}

/** The same rows with only the given columns, renumbered in the order given. */
export function keepColumns(rows: SparseRows, keep: number[]): SparseRows {
  const renumber = new Map(keep.map((column, i) => [column, i]));
  const packed: [number, number][][] = [];
  for (let i = 0; i + 1 < rows.starts.length; i++) {
    const row: [number, number][] = [];
    for (let k = rows.starts[i]!; k < rows.starts[i + 1]!; k++) {
      const to = renumber.get(rows.columns[k]!);
      if (to !== undefined) row.push([to, rows.values[k]!]);
    }
    packed.push(row);
  }
  return packRows(packed, keep.length);
}
