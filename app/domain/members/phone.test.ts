import { describe, expect, it } from 'vitest';
import { normalizeMainlandPhone, phoneTail } from './phone';

describe('normalizeMainlandPhone', () => {
  it.each([
    ['13800138000', '+8613800138000'],
    ['138 0013 8000', '+8613800138000'],
    ['138-0013-8000', '+8613800138000'],
    ['+86 138 0013 8000', '+8613800138000'],
    ['+8613800138000', '+8613800138000'],
    ['0086 13800138000', '+8613800138000'],
    ['8613800138000', '+8613800138000'],
    ['(+86) 139-1234-5678', '+8613912345678'],
    ['１３８００１３８０００', '+8613800138000'],
    ['＋８６ １５９ ０１２３ ４５６７', '+8615901234567'],
    ['  19912345678\n', '+8619912345678'],
    ['17012345678', '+8617012345678'],
    ['16612345678', '+8616612345678'],
    ['138.0013.8000', '+8613800138000'],
    ['138\u30000013\u30008000', '+8613800138000'],
  ])('%j is the mobile %s', (input, expected) => expect(normalizeMainlandPhone(input)).toBe(expected));

  it.each([
    ['', 'empty'],
    ['010-12345678', 'a Beijing landline'],
    ['0571 8888 6666', 'a Hangzhou landline'],
    ['1380013800', 'ten digits'],
    ['138001380001', 'twelve digits'],
    ['12800138000', 'no mobile prefix 12x'],
    ['10086', 'a service number'],
    ['1380013800a', 'a letter'],
    ['phone: 13800138000', 'words around it'],
    ['+1 415 555 0100', 'a foreign number'],
    ['+85 13800138000', 'a wrong country code'],
    ['1.38001E+10', 'Excel scientific notation, which lost digits'],
    ['13800138000 / 13900139000', 'two numbers'],
  ])('%j is rejected (%s)', (input) => expect(normalizeMainlandPhone(input)).toBeNull());
});

describe('phoneTail', () => {
  it.each([
    ['+8613800138000', undefined, '8000'],
    ['+8613800138000', 6, '138000'],
    ['', undefined, ''],
    ['+8613800138000', 0, ''],
  ])('tail of %j (n=%s) is %j', (phone, n, tail) => expect(phoneTail(phone, n)).toBe(tail));
});
