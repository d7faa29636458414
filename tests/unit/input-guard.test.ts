import { describe, expect, it } from 'vitest';
import { inputProblem, MAX_INPUT_DEPTH } from '../../shared/api/common';

describe('the input guard every API input passes', () => {
  it('names the path of a lone surrogate in a value or a key, and allows surrogate pairs', () => {
    expect(inputProblem({ a: [{ b: 'x\ud800' }] })).toMatchObject({ path: ['a', '0', 'b'], code: 'ill_formed_unicode' });
    expect(inputProblem({ a: { ['k\udc00']: 1 } })).toMatchObject({ path: ['a'], code: 'ill_formed_unicode' });
    expect(inputProblem('\udfff')).toMatchObject({ path: [], code: 'ill_formed_unicode' });
    expect(inputProblem({ name: '𠮷野家', nul: 'a\u0000b' })).toBeNull();
  });

  it('refuses nesting beyond the limit without recursing, and allows it up to the limit', () => {
    const deep = (n: number) => JSON.parse('['.repeat(n) + ']'.repeat(n)) as unknown;
    expect(inputProblem(deep(MAX_INPUT_DEPTH))).toBeNull();
    expect(inputProblem(deep(MAX_INPUT_DEPTH + 1))).toMatchObject({ code: 'too_deep' });
    expect(inputProblem(deep(100_000))).toMatchObject({ code: 'too_deep' });
  });

  it('walks a body of millions of values quickly', () => {
    const big = { items: new Array(2_000_000).fill(0), text: 'x'.repeat(1_000_000) };
    const start = Date.now();
    expect(inputProblem(big)).toBeNull();
    expect(Date.now() - start).toBeLessThan(2000);
  });
});
