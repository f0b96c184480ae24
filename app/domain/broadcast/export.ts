import type { MemberDoc } from '../../db/schemas/members';
import { phoneTail } from '../members/phone';
import type { XlsxSheet } from '../export/xlsx';
import type { SentLogEntry } from './frequency-cap';
import { primaryNickname } from './template';

export type BroadcastMember = Pick<MemberDoc, 'id' | 'name' | 'nicknames' | 'phone'>;

export interface BroadcastDraft {
  member: BroadcastMember;
  text: string;
}

/**
 * One line of the copy-out list. WeChat has no send API, so the owner finds each neighbour by nickname
 * (or asks 尾号 when two share one) and pastes the text; the columns are what she needs for that.
 */
export interface BroadcastRow {
  memberId: string;
  nickname: string;
  name: string;
  phoneTail: string;
  text: string;
}

export function broadcastRows(drafts: readonly BroadcastDraft[]): BroadcastRow[] {
  return drafts.map(({ member, text }) => ({
    memberId: member.id,
    nickname: primaryNickname(member),
    name: member.name.trim(),
    phoneTail: phoneTail(member.phone),
    text,
  }));
}

export type ExportLocale = 'zh-CN' | 'en';

const headers: Record<ExportLocale, { sheet: string; columns: [string, string, string, string] }> = {
  'zh-CN': { sheet: '群发', columns: ['昵称', '姓名', '手机尾号', '文本'] },
  en: { sheet: 'Broadcast', columns: ['Nickname', 'Name', 'Phone (last 4)', 'Message'] },
};

/**
 * The rows as a sheet for toXlsx (or a CSV writer). Every cell is a string, so a tail like 0086 keeps
 * its leading zeros in Excel.
 */
export function broadcastSheet(drafts: readonly BroadcastDraft[], locale: ExportLocale = 'zh-CN'): XlsxSheet {
  const { sheet, columns } = headers[locale];
  const widths = [16, 10, 10, 60];
  return {
    name: sheet,
    columns: columns.map((header, index) => ({ header, width: widths[index] ?? 12 })),
    rows: broadcastRows(drafts).map((row) => [row.nickname, row.name, row.phoneTail, row.text]),
  };
}

/** What was sent, kept so that the frequency cap and the owner's history can see it later. */
export interface SentRecord {
  id: string;
  at: number;
  templateId: string;
  /** The audience as describeAudience worded it at the time, since groups and tags get renamed later. */
  audience: string;
  memberIds: string[];
  /** Messages drafted, one per recipient. */
  textCount: number;
  /** Different texts among them: 1 means the template had no per-member field and could go to a group once. */
  distinctTexts: number;
}

/** The record of a broadcast the owner marked as sent. Ids and the clock come from the caller. */
export function sentRecord(input: {
  id: string;
  at: number;
  templateId: string;
  audience: string;
  drafts: readonly BroadcastDraft[];
}): SentRecord {
  return {
    id: input.id,
    at: input.at,
    templateId: input.templateId,
    audience: input.audience,
    memberIds: [...new Set(input.drafts.map((draft) => draft.member.id))],
    textCount: input.drafts.length,
    distinctTexts: new Set(input.drafts.map((draft) => draft.text)).size,
  };
}

/** The per-member log the frequency cap counts, from the records of earlier broadcasts. */
export function sentLog(records: readonly Pick<SentRecord, 'at' | 'memberIds'>[]): SentLogEntry[] {
  return records.flatMap((record) => record.memberIds.map((memberId) => ({ memberId, at: record.at })));
}
