/**
 * The language of a derived indicator's relation (`rd_intensity = rd_expenditure / gdp * 100`): arithmetic
 * on named inputs and nothing else. A small recursive-descent parser with an allow-list, so a catalogue
 * file cannot make plancast build a billion-element range (`max(1:1e9)`), define functions or blocks
 * (`f(x)=f(x); f(1)`), build matrices, or reach `import`/`evaluate`/`parse`:
 *
 *   expression := term (('+' | '-') term)*
 *   term       := unary (('*' | '/') unary)*
 *   unary      := ('+' | '-') unary | power
 *   power      := primary ('^' unary)?
 *   primary    := number | name | function '(' expression (',' expression)* ')' | '(' expression ')'
 *
 * Names are indicator ids, or the constants pi and e. Functions: abs, sqrt, log, exp, min, max, pow,
 * round, floor, ceil, each with a fixed number of arguments (min/max: one or more). At most 500
 * characters and 64 levels of nesting; at least one input. Evaluation only does arithmetic on numbers,
 * so it ends in time proportional to the expression; a value that is not finite is reported as such.
 */
export type RelationNode =
  | { type: 'number'; value: number }
  | { type: 'input'; name: string }
  | { type: 'constant'; value: number }
  | { type: 'negate'; operand: RelationNode }
  | { type: 'binary'; operator: '+' | '-' | '*' | '/' | '^'; left: RelationNode; right: RelationNode }
  | { type: 'call'; name: FunctionName; arguments: RelationNode[] };

const FUNCTIONS = {
  abs: { arity: [1, 1], apply: (values: number[]) => Math.abs(values[0]!) },
  sqrt: { arity: [1, 1], apply: (values: number[]) => Math.sqrt(values[0]!) },
  log: { arity: [1, 2], apply: (values: number[]) => (values.length === 2 ? Math.log(values[0]!) / Math.log(values[1]!) : Math.log(values[0]!)) },
  exp: { arity: [1, 1], apply: (values: number[]) => Math.exp(values[0]!) },
  min: { arity: [1, 32], apply: (values: number[]) => Math.min(...values) },
  max: { arity: [1, 32], apply: (values: number[]) => Math.max(...values) },
  pow: { arity: [2, 2], apply: (values: number[]) => values[0]! ** values[1]! },
  round: { arity: [1, 1], apply: (values: number[]) => Math.round(values[0]!) },
  floor: { arity: [1, 1], apply: (values: number[]) => Math.floor(values[0]!) },
  ceil: { arity: [1, 1], apply: (values: number[]) => Math.ceil(values[0]!) },
} as const;
type FunctionName = keyof typeof FUNCTIONS;

const CONSTANTS: Readonly<Record<string, number>> = { pi: Math.PI, e: Math.E };

export const MAX_RELATION_LENGTH = 500;
export const MAX_RELATION_DEPTH = 64;

export type ParsedRelation = { ok: true; tree: RelationNode; inputs: string[] } | { ok: false; problem: string };

class RelationSyntaxError extends Error {}

type Token = { kind: 'number'; value: number; at: number } | { kind: 'name'; name: string; at: number } | { kind: 'symbol'; symbol: string; at: number };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const character = text[index]!;
    if (/\s/.test(character)) {
      index++;
      continue;
    }
    const number = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,3})?/.exec(text.slice(index));
    if (number !== null) {
      tokens.push({ kind: 'number', value: Number(number[0]), at: index });
      index += number[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(index));
    if (name !== null) {
      tokens.push({ kind: 'name', name: name[0], at: index });
      index += name[0].length;
      continue;
    }
    if ('+-*/^(),'.includes(character)) {
      tokens.push({ kind: 'symbol', symbol: character, at: index });
      index++;
      continue;
    }
    const hint = character === ':' ? ' (ranges are not allowed)' : character === '=' || character === ';' ? ' (definitions and several statements are not allowed)' : character === '[' || character === ']' ? ' (matrices are not allowed)' : '';
    throw new RelationSyntaxError(`"${character}" at position ${index + 1} is not allowed${hint}; only numbers, indicator ids, + - * / ^, parentheses and ${Object.keys(FUNCTIONS).join(', ')}`);
  }
  return tokens;
}

function parseTokens(tokens: Token[]): RelationNode {
  let position = 0;
  let depth = 0;
  const peek = (): Token | undefined => tokens[position];
  const isSymbol = (symbol: string): boolean => {
    const token = peek();
    return token !== undefined && token.kind === 'symbol' && token.symbol === symbol;
  };
  const expect = (symbol: string): void => {
    if (!isSymbol(symbol)) throw new RelationSyntaxError(`expected "${symbol}"${peek() ? ` at position ${peek()!.at + 1}` : ' at the end'}`);
    position++;
  };
  const nested = <T>(parse: () => T): T => {
    if (++depth > MAX_RELATION_DEPTH) throw new RelationSyntaxError(`the expression nests more than ${MAX_RELATION_DEPTH} levels deep`);
    const result = parse();
    depth--;
    return result;
  };
  const expression = (): RelationNode => nested(() => {
    let left = term();
    while (isSymbol('+') || isSymbol('-')) {
      const operator = (tokens[position++] as { symbol: '+' | '-' }).symbol;
      left = { type: 'binary', operator, left, right: term() };
    }
    return left;
  });
  const term = (): RelationNode => {
    let left = unary();
    while (isSymbol('*') || isSymbol('/')) {
      const operator = (tokens[position++] as { symbol: '*' | '/' }).symbol;
      left = { type: 'binary', operator, left, right: unary() };
    }
    return left;
  };
  const unary = (): RelationNode => nested(() => {
    if (isSymbol('-')) {
      position++;
      return { type: 'negate', operand: unary() };
    }
    if (isSymbol('+')) {
      position++;
      return unary();
    }
    const base = primary();
    if (isSymbol('^')) {
      position++;
      return { type: 'binary', operator: '^', left: base, right: unary() };
    }
    return base;
  });
  const primary = (): RelationNode => {
    const token = peek();
    if (token === undefined) throw new RelationSyntaxError('the expression ends too early');
    position++;
    if (token.kind === 'number') return { type: 'number', value: token.value };
    if (token.kind === 'symbol') {
      if (token.symbol !== '(') throw new RelationSyntaxError(`"${token.symbol}" at position ${token.at + 1} is out of place`);
      const inner = expression();
      expect(')');
      return inner;
    }
    if (isSymbol('(')) {
      if (!Object.hasOwn(FUNCTIONS, token.name)) throw new RelationSyntaxError(`"${token.name}" is not an allowed function; use ${Object.keys(FUNCTIONS).join(', ')}`);
      position++;
      const args = [expression()];
      while (isSymbol(',')) {
        position++;
        args.push(expression());
      }
      expect(')');
      const [least, most] = FUNCTIONS[token.name as FunctionName].arity;
      if (args.length < least || args.length > most) throw new RelationSyntaxError(`${token.name} takes ${least === most ? least : `${least} to ${most}`} argument${most === 1 ? '' : 's'}, not ${args.length}`);
      return { type: 'call', name: token.name as FunctionName, arguments: args };
    }
    if (Object.hasOwn(CONSTANTS, token.name)) return { type: 'constant', value: CONSTANTS[token.name]! };
    if (Object.hasOwn(FUNCTIONS, token.name)) throw new RelationSyntaxError(`the function ${token.name} needs its arguments in parentheses`);
    return { type: 'input', name: token.name };
  };
  const tree = expression();
  if (position < tokens.length) throw new RelationSyntaxError(`unexpected "${tokens[position]!.kind === 'symbol' ? (tokens[position] as { symbol: string }).symbol : tokens[position]!.kind === 'name' ? (tokens[position] as { name: string }).name : 'number'}" at position ${tokens[position]!.at + 1}`);
  return tree;
}

function collectInputs(node: RelationNode, into: Set<string>): void {
  if (node.type === 'input') into.add(node.name);
  else if (node.type === 'negate') collectInputs(node.operand, into);
  else if (node.type === 'binary') {
    collectInputs(node.left, into);
    collectInputs(node.right, into);
  } else if (node.type === 'call') for (const argument of node.arguments) collectInputs(argument, into);
}

export function parseRelation(text: string): ParsedRelation {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, problem: 'the relation is empty' };
  if (text.length > MAX_RELATION_LENGTH) return { ok: false, problem: `the relation is longer than ${MAX_RELATION_LENGTH} characters` };
  try {
    const tree = parseTokens(tokenize(text));
    const inputs = new Set<string>();
    collectInputs(tree, inputs);
    if (inputs.size === 0) return { ok: false, problem: 'the relation names no input indicator (a derived indicator must be computed from at least one other)' };
    return { ok: true, tree, inputs: [...inputs] };
  } catch (error) {
    if (error instanceof RelationSyntaxError) return { ok: false, problem: error.message };
    throw error;
  }
}

/** The value of a parsed relation for the inputs' values (NaN or ±Infinity where arithmetic gives them). */
export function evaluateRelation(node: RelationNode, scope: Readonly<Record<string, number>>): number {
  switch (node.type) {
    case 'number':
    case 'constant':
      return node.value;
    case 'input':
      return Object.hasOwn(scope, node.name) ? scope[node.name]! : Number.NaN;
    case 'negate':
      return -evaluateRelation(node.operand, scope);
    case 'binary': {
      const left = evaluateRelation(node.left, scope);
      const right = evaluateRelation(node.right, scope);
      if (node.operator === '+') return left + right;
      if (node.operator === '-') return left - right;
      if (node.operator === '*') return left * right;
      if (node.operator === '/') return left / right;
      return left ** right;
    }
    case 'call':
      return FUNCTIONS[node.name].apply(node.arguments.map((argument) => evaluateRelation(argument, scope)));
  }
}
