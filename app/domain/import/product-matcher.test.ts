import { describe, expect, it } from 'vitest';
import { catalogue } from './fixtures';
import { createProductMatcher } from './product-matcher';

describe('createProductMatcher', () => {
  const match = createProductMatcher(catalogue);

  it.each([
    ['EGG-10', '', 'p-egg10', 'exact SKU'],
    ['egg-10', '', 'p-egg10', 'SKU in another case'],
    ['有机鸡蛋10枚', '', 'p-egg10', 'exact name'],
    ['鲜牛奶1L', '', 'p-milk', 'name without its space'],
    ['土鸡蛋', '', 'p-egg10', 'alias'],
    ['豆腐', '', 'p-tofu', 'alias'],
    ['卤水', '', 'p-tofu', 'unique part of a name'],
    ['丹东草莓', '500g', 'p-straw500', 'name split across 商品 and 规格'],
    ['草莓', '250g', 'p-straw250', 'ambiguous name narrowed by the spec'],
    ['', 'STR-250', 'p-straw250', 'SKU in the spec column'],
    ['【周末鲜】有机鸡蛋10枚装', '', 'p-egg10', 'a decorated title'],
  ])('%j / %j is %s (%s)', (product, spec, id) => expect(match(product, spec)).toBe(id));

  it.each([
    ['草莓', '', 'ambiguous'],
    ['丹东草莓', '1kg', 'spec that fits neither'],
    ['冬笋', '', 'inactive product'],
    ['榴莲', '', 'unknown'],
    ['', '', 'empty'],
  ])('%j / %j finds nothing (%s)', (product, spec) => expect(match(product, spec)).toBeNull());

  it('answers repeated texts from its cache with the same result', () => {
    expect(match('草莓', '')).toBeNull();
    expect(match('卤水', '')).toBe('p-tofu');
    expect(match('卤水', '')).toBe('p-tofu');
  });
});
