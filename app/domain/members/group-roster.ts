import type { MemberDoc } from '../../db/schemas/members';
import { createNicknameMatcher } from '../jielong/name-match';
import { normalizeMainlandPhone } from './phone';

export interface RosterLine {
  line: number;
  name: string;
  phone: string;
}

export interface RosterPlan {
  /** Members already known, to be added to the group (by phone first, then by nickname). */
  matched: { line: number; memberId: string; name: string; by: 'phone' | 'nickname' }[];
  /** Names not known yet: created as members on confirm. */
  fresh: RosterLine[];
  /** Already in the group: nothing to do. */
  already: number;
  skipped: { line: number; text: string }[];
}

const phonePattern = /(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}/;

/**
 * A group's member list as owners paste it: one person per line, as WeChat shows it ("李阿姨", "5栋
 * 王姐 13800138000", "1. Lily") or a CSV row ("王姐,13800138000"). Numbering and separators are dropped.
 */
export function parseRoster(text: string): {
  lines: RosterLine[];
  skipped: { line: number; text: string }[];
} {
  const lines: RosterLine[] = [];
  const skipped: { line: number; text: string }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const clean = raw.normalize('NFKC').trim();
    if (clean === '') return;
    const phoneText = phonePattern.exec(clean)?.[0] ?? '';
    const phone = phoneText ? (normalizeMainlandPhone(phoneText) ?? '') : '';
    const name = (phoneText ? clean.replace(phoneText, ' ') : clean)
      .trim()
      .replace(/^\d+[.、)）]\s*/, '')
      .split(/[,，\t]/)
      .map((part) => part.trim())
      .filter(Boolean)[0];
    if (!name || name.length > 60 || /^(昵称|姓名|名字|name|nickname)$/i.test(name))
      skipped.push({ line: index + 1, text: raw });
    else lines.push({ line: index + 1, name, phone });
  });
  return { lines, skipped };
}

/** Who of a pasted roster is already a member, who is new, and who is in the group already. */
export function planRoster(text: string, groupId: string, members: readonly MemberDoc[]): RosterPlan {
  const { lines, skipped } = parseRoster(text);
  const byPhone = new Map(members.filter((member) => member.phone).map((member) => [member.phone, member]));
  const byId = new Map(members.map((member) => [member.id, member]));
  const match = createNicknameMatcher(members);
  const plan: RosterPlan = { matched: [], fresh: [], already: 0, skipped };
  const seen = new Set<string>();
  for (const line of lines) {
    const phoneHit = line.phone ? byPhone.get(line.phone) : undefined;
    const nickHit = phoneHit ? undefined : match(line.name);
    const member = phoneHit ?? (nickHit ? byId.get(nickHit.memberId) : undefined);
    if (!member) {
      if (!seen.has(`new:${line.name}`)) plan.fresh.push(line);
      seen.add(`new:${line.name}`);
      continue;
    }
    if (seen.has(member.id)) continue;
    seen.add(member.id);
    if (member.groupIds.includes(groupId)) plan.already += 1;
    else
      plan.matched.push({
        line: line.line,
        memberId: member.id,
        name: line.name,
        by: phoneHit ? 'phone' : 'nickname',
      });
  }
  return plan;
}
