import { describe, expect, it } from 'vitest';
import { AppError } from '../../../app/contract/errors';
import { readStructured, requestShape } from './structured-output';

const schema = {
  type: 'object',
  properties: { product: { type: 'string' }, quantity: { type: 'integer', minimum: 1 } },
  required: ['product', 'quantity'],
  additionalProperties: false,
};
const messages = [{ role: 'user' as const, content: '我要两斤苹果' }];

function reasonOf(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error.details?.['reason'];
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('requestShape', () => {
  it('asks for plain text without a schema', () => {
    expect(requestShape('openai', messages, undefined)).toEqual({ messages });
  });

  it('sends the schema as a strict json_schema where the endpoint supports it', () => {
    for (const provider of ['openai', 'ollama', 'lmstudio', 'custom', 'local'] as const) {
      expect(requestShape(provider, messages, schema).response_format).toEqual({
        type: 'json_schema',
        json_schema: { name: 'answer', schema, strict: true },
      });
    }
  });

  it('puts the schema into the prompt for json_object-only endpoints', () => {
    for (const provider of ['deepseek', 'dashscope'] as const) {
      const shape = requestShape(provider, messages, schema);
      expect(shape.response_format).toEqual({ type: 'json_object' });
      const [instruction] = shape.messages;
      expect(instruction?.role).toBe('system');
      expect(instruction?.content).toContain('"quantity"');
      expect(shape.messages.slice(1)).toEqual(messages);
    }
  });
});

describe('readStructured', () => {
  it('returns the validated object, fenced or not', () => {
    expect(readStructured('{"product":"苹果","quantity":2}', schema, 'stop')).toEqual({
      product: '苹果',
      quantity: 2,
    });
    expect(readStructured('```json\n{"product":"梨","quantity":1}\n```', schema, 'stop')).toEqual({
      product: '梨',
      quantity: 1,
    });
  });

  it.each([
    ['two apples', 'stop', 'notJson'],
    ['{"product":"苹', 'length', 'truncated'],
    ['{"product":"苹果","quantity":0}', 'stop', 'schema'],
    ['{"product":"苹果","quantity":1.5}', 'stop', 'schema'],
    ['{"product":"苹果","quantity":1,"price":3}', 'stop', 'schema'],
  ] as const)('rejects %j (%s) as %s', (text, finishReason, reason) => {
    expect(reasonOf(() => readStructured(text, schema, finishReason))).toBe(reason);
  });
});
