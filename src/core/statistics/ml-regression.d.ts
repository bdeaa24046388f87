/**
 * Type declarations for the part of `ml-regression` (MIT, mljs) that plancast uses. The package ships
 * JavaScript without types; its SimpleLinearRegression is re-exported from ml-regression-simple-linear.
 */
declare module 'ml-regression' {
  export class SimpleLinearRegression {
    constructor(x: readonly number[], y: readonly number[]);
    readonly slope: number;
    readonly intercept: number;
    predict(x: number): number;
  }
}
