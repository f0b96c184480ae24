import { describe, expect, it } from 'vitest';
import { defaultTemplates } from './default-templates';
import { liMama, member, now, shanghai, wangAyi, zhangShu } from './fixtures';
import {
  checkTemplate,
  formatDeadline,
  renderTemplate,
  templateFields,
  type TemplateExtras,
  type TemplateField,
} from './template';

const extras: TemplateExtras = { product: '有机米粉', priceFen: 3990, deadlineAt: shanghai(2025, 6, 22, 20) };

describe('templateFields and checkTemplate', () => {
  it.each<[string, TemplateField[], string[], boolean]>([
    ['', [], [], false],
    ['大家好，今天有新鲜草莓', [], [], false],
    ['{{昵称}}您好，{{商品}}到了，{{昵称}}', ['昵称', '商品'], [], false],
    ['{{ 楼栋 }}的邻居', ['楼栋'], [], false],
    ['｛｛姓名｝｝您好', ['姓名'], [], false],
    ['{{宝宝月龄}}{{价格}}{{截单}}', ['宝宝月龄', '价格', '截单'], [], false],
    ['{{手机}}和{{昵称}}，再来{{手机}}', ['昵称'], ['手机'], false],
    ['{{nickname}}', [], ['nickname'], false],
    ['{{}}', [], [''], false],
    ['{{昵称 您好', [], [], true],
    ['昵称}}您好', [], [], true],
    ['{{昵称}}您好 {{商品', ['昵称'], [], true],
    ['单个 { 括号 } 不算', [], [], false],
  ])('%j', (template, fields, unknown, unbalanced) => {
    expect(templateFields(template)).toEqual(fields);
    expect(checkTemplate(template)).toEqual({ fields, unknown, unbalanced });
  });
});

describe('renderTemplate', () => {
  it.each<[string, string, TemplateExtras, string, TemplateField[]]>([
    ['a member with every field', '{{昵称}}（{{姓名}}，{{楼栋}}）', extras, '王阿姨（王秀英，3栋）', []],
    ['the first nickname is the one used', '@{{昵称}}', {}, '@王阿姨', []],
    ['baby age in Chinese', '家里{{宝宝月龄}}了', {}, '家里宝宝 8 个月了', []],
    ['price in yuan', '只要{{价格}}', extras, '只要¥39.90', []],
    ['a free sample is a price', '{{价格}}', { priceFen: 0 }, '¥0.00', []],
    ['deadline in Shanghai time with the weekday', '{{截单}}截单', extras, '6月22日（周日）20:00截单', []],
    ['full-width braces from a Chinese IME', '｛｛昵称｝｝好', {}, '王阿姨好', []],
    [
      'missing extras render empty and are reported',
      '{{商品}}{{价格}}{{截单}}！',
      {},
      '！',
      ['商品', '价格', '截单'],
    ],
    ['a blank product is missing', '{{商品}}', { product: '  ' }, '', ['商品']],
    ['the same missing field reported once', '{{商品}}和{{商品}}', {}, '和', ['商品']],
  ])('%s', (_name, template, values, text, missing) => {
    expect(renderTemplate(template, wangAyi, values, now)).toEqual({ text, missing, unknown: [] });
  });

  it.each<[string, ReturnType<typeof member>, string, TemplateField[]]>([
    ['an expected baby', liMama, '家里待产，', []],
    ['no baby recorded', zhangShu, '家里，', ['宝宝月龄']],
    [
      'a malformed birth month',
      member('m-x', { household: { babyBirthMonth: '2024-13' } }),
      '家里，',
      ['宝宝月龄'],
    ],
  ])('宝宝月龄 for %s', (_name, who, text, missing) => {
    expect(renderTemplate('家里{{宝宝月龄}}，', who, {}, now)).toMatchObject({ text, missing });
  });

  it('reports every per-member field a bare member lacks, and keeps the rest of the text', () => {
    const bare = member('m-new', { nicknames: ['', '  '] });
    expect(renderTemplate('{{昵称}}您好，{{姓名}}，{{楼栋}}，{{商品}}', bare, extras, now)).toEqual({
      text: '您好，，，有机米粉',
      missing: ['昵称', '姓名', '楼栋'],
      unknown: [],
    });
  });

  it('leaves unknown placeholders in the text so the preview shows them', () => {
    expect(renderTemplate('{{昵称}}，{{手机}}尾号', wangAyi, {}, now)).toEqual({
      text: '王阿姨，{{手机}}尾号',
      missing: [],
      unknown: ['手机'],
    });
  });
});

describe('formatDeadline', () => {
  it.each([
    [shanghai(2025, 6, 22, 20), '6月22日（周日）20:00'],
    [shanghai(2025, 6, 23, 9, 5), '6月23日（周一）9:05'],
    // 16:30 UTC on the 21st is already the 22nd in Shanghai.
    [Date.UTC(2025, 5, 21, 16, 30), '6月22日（周日）0:30'],
    [Date.UTC(2025, 11, 31, 15, 59), '12月31日（周三）23:59'],
    [Date.UTC(2025, 11, 31, 16, 0), '1月1日（周四）0:00'],
  ])('%i → %s', (at, text) => expect(formatDeadline(at)).toBe(text));
});

describe('defaultTemplates', () => {
  it('has the four starting templates with unique ids', () => {
    expect(defaultTemplates.map((t) => t.title)).toEqual(['新品上架', '开团提醒', '复购提醒', '活动邀请']);
    expect(new Set(defaultTemplates.map((t) => t.id)).size).toBe(defaultTemplates.length);
  });

  it.each(defaultTemplates.map((t) => [t.title, t.body] as const))(
    '%s uses only known fields',
    (_title, body) => {
      const check = checkTemplate(body);
      expect(check.unknown).toEqual([]);
      expect(check.unbalanced).toBe(false);
      expect(check.fields).toContain('昵称');
      const rendered = renderTemplate(body, wangAyi, extras, now);
      expect(rendered.missing).toEqual([]);
      expect(rendered.text).not.toMatch(/[{}｛｝]/);
    },
  );

  it('renders 开团提醒 for 王阿姨', () => {
    const groupBuy = defaultTemplates.find((t) => t.id === 'group-buy');
    expect(renderTemplate(groupBuy?.body ?? '', wangAyi, extras, now).text).toBe(
      '王阿姨，有机米粉开团啦！团购价¥39.90，6月22日（周日）20:00截单，到货后3栋的邻居到店自提就行。',
    );
  });
});
