/** The part of saxen's API plancast uses (the package ships no type declarations). */
declare module 'saxen' {
  export class Parser {
    on(event: string, handler: (...args: never[]) => void): this;
    parse(xml: string): void;
  }
}
