import type { MemberDoc } from '../../db/schemas/members';
import { babyAgeLabel } from '../members/household';
import { formatFen } from '../money';
import { shanghaiDate, shanghaiDay, shanghaiDayStart } from '../orders/shanghai-day';

/**
 * The fields a template may use. They are written in Chinese because owners type them into Chinese
 * messages; the UI offers them as chips, so nobody has to remember the spelling.
 */
export const templateFieldNames = ['昵称', '姓名', '宝宝月龄', '楼栋', '商品', '价格', '截单'] as const;
export type TemplateField = (typeof templateFieldNames)[number];

/** Values that are the same for every recipient of one broadcast. */
export interface TemplateExtras {
  product?: string;
  priceFen?: number;
  /** The 截单 time, epoch ms; shown as Shanghai wall-clock time. */
  deadlineAt?: number;
}

export interface RenderedText {
  text: string;
  /** Known fields that had no value for this member and rendered as ''. */
  missing: TemplateField[];
  /** Placeholders that are not fields; left in the text as typed so the preview shows the mistake. */
  unknown: string[];
}

export interface TemplateCheck {
  /** Known fields, in order of first use. */
  fields: TemplateField[];
  unknown: string[];
  /** A `{{` or `}}` without its partner, usually a placeholder cut short while editing. */
  unbalanced: boolean;
}

/**
 * `{{昵称}}`, also with spaces inside or with full-width braces, as a Chinese IME in full-width mode
 * types `｛｛昵称｝｝`; owners should not have to switch input modes to write a template.
 */
const placeholder = /[{｛]{2}\s*([^{}｛｝]*?)\s*[}｝]{2}/g;
const strayBrace = /[{｛]{2}|[}｝]{2}/;

const known = new Set<string>(templateFieldNames);
const isField = (name: string): name is TemplateField => known.has(name);

function names(template: string): string[] {
  return [...template.matchAll(placeholder)].map((match) => match[1] ?? '');
}

/** The known fields a template uses, each once, in order of first use. */
export function templateFields(template: string): TemplateField[] {
  return [...new Set(names(template).filter(isField))];
}

/** What the editor warns about before anything is sent. */
export function checkTemplate(template: string): TemplateCheck {
  const all = names(template);
  return {
    fields: [...new Set(all.filter(isField))],
    unknown: [...new Set(all.filter((name) => !isField(name)))],
    unbalanced: strayBrace.test(template.replace(placeholder, '')),
  };
}

const weekdays = ['日', '一', '二', '三', '四', '五', '六'];

/** 5月12日（周一）20:00 in Asia/Shanghai: the weekday because neighbours plan by it. */
export function formatDeadline(at: number): string {
  const { month, day } = shanghaiDate(at);
  const dayNumber = shanghaiDay(at);
  // 1970-01-01 was a Thursday.
  const weekday = weekdays[(((dayNumber + 4) % 7) + 7) % 7] ?? '';
  const minutes = Math.floor((at - shanghaiDayStart(dayNumber)) / 60_000);
  const clock = `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
  return `${month}月${day}日（周${weekday}）${clock}`;
}

/** The nickname neighbours know the member by in the groups: the first one recorded. */
export function primaryNickname(member: Pick<MemberDoc, 'nicknames'>): string {
  return member.nicknames.find((nickname) => nickname.trim() !== '')?.trim() ?? '';
}

function fieldValue(field: TemplateField, member: MemberDoc, extras: TemplateExtras, now: number): string {
  switch (field) {
    case '昵称':
      return primaryNickname(member);
    case '姓名':
      return member.name.trim();
    case '宝宝月龄': {
      const birth = member.household.babyBirthMonth;
      return birth === undefined ? '' : (babyAgeLabel(birth, now, 'zh-CN') ?? '');
    }
    case '楼栋':
      return member.address.building.trim();
    case '商品':
      return extras.product?.trim() ?? '';
    case '价格':
      // The text goes to a Chinese group whatever the owner's UI language, so the price is zh-CN.
      return extras.priceFen === undefined ? '' : formatFen(extras.priceFen, 'zh-CN');
    case '截单':
      return extras.deadlineAt === undefined ? '' : formatDeadline(extras.deadlineAt);
  }
}

/**
 * One member's text. A field without a value renders as '' and is listed in `missing`, so the preview
 * can flag "3 位没有昵称" instead of sending "，您好" unnoticed.
 */
export function renderTemplate(
  template: string,
  member: MemberDoc,
  extras: TemplateExtras,
  now: number,
): RenderedText {
  const missing = new Set<TemplateField>();
  const unknown = new Set<string>();
  const text = template.replace(placeholder, (whole, name: string) => {
    if (!isField(name)) {
      unknown.add(name);
      return whole;
    }
    const value = fieldValue(name, member, extras, now);
    if (value === '') missing.add(name);
    return value;
  });
  return { text, missing: [...missing], unknown: [...unknown] };
}
