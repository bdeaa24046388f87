/**
 * The lower-triangular Cholesky factor L of a symmetric positive semi-definite matrix A = L·Lᵀ
 * (Cholesky–Banachiewicz, row by row). Simulation multiplies standard normals by L to give paths the
 * covariance of a family's multi-year forecast errors. Pivots that round to ≤ 0 (a semi-definite matrix,
 * e.g. a zero-variance horizon) give a zero column instead of NaN.
 *
 * @returns L as a row-major Float64Array of size m × m.
 * @example choleskyLower([[4, 2], [2, 3]]) // [2, 0, 1, 1.414…]
 */
export function choleskyLower(matrix: readonly (readonly number[])[]): Float64Array {
  const size = matrix.length;
  const lower = new Float64Array(size * size);
  for (let row = 0; row < size; row += 1) {
    if (matrix[row]!.length !== size) throw new RangeError('choleskyLower requires a square matrix');
    for (let column = 0; column <= row; column += 1) {
      let sum = matrix[row]![column]!;
      for (let k = 0; k < column; k += 1) sum -= lower[row * size + k]! * lower[column * size + k]!;
      if (row === column) {
        const scale = Math.max(Math.abs(matrix[row]![row]!), 1e-300);
        lower[row * size + row] = sum > 1e-13 * scale ? Math.sqrt(sum) : 0;
      } else {
        const pivot = lower[column * size + column]!;
        lower[row * size + column] = pivot > 0 ? sum / pivot : 0;
      }
    }
  }
  return lower;
}
