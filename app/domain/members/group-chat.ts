import { shanghaiDate, shanghaiDayOf, shanghaiDayStart } from '../orders/shanghai-day';

export interface ChatMessage {
  nickname: string;
  text: string;
  at: number;
}

const speakerWithTime = /^(.{1,40}?)\s+(?:(\d{4})[年/-](\d{1,2})[月/-](\d{1,2})日?\s+)?(\d{1,2}):(\d{2})$/;
const speakerColon = /^([^:：]{1,40})[:：]\s*(.+)$/;
const noise = /^\[(?:图片|表情|语音|视频|链接|文件)\]$|撤回了一条消息|加入了群聊|拍了拍/;

/** Shanghai wall-clock time on the given day (or `now`'s day) as epoch ms. */
function wallClock(
  now: number,
  hour: number,
  minute: number,
  date?: { year: number; month: number; day: number },
): number {
  const { year, month, day } = date ?? shanghaiDate(now);
  const dayIndex = shanghaiDayOf(year, month, day);
  return (dayIndex === null ? now : shanghaiDayStart(dayIndex)) + (hour * 60 + minute) * 60_000;
}

/**
 * A WeChat group chat as owners copy it: either "李阿姨 14:02" (optionally with a date) followed by what
 * she wrote on the next lines, or "李阿姨：今天鸡蛋还有吗" one per line. Stickers, recalls and join notices
 * are dropped. Lines without a time take the last time seen, or `now`.
 */
export function parseGroupChat(text: string, now: number): ChatMessage[] {
  const messages: ChatMessage[] = [];
  let speaker: { nickname: string; at: number } | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || noise.test(line)) continue;
    const header = speakerWithTime.exec(line);
    if (header?.[1] && header[5] && header[6]) {
      const date = header[2]
        ? { year: Number(header[2]), month: Number(header[3]), day: Number(header[4]) }
        : undefined;
      speaker = {
        nickname: header[1].trim(),
        at: wallClock(now, Number(header[5]), Number(header[6]), date),
      };
      continue;
    }
    const colon = speakerColon.exec(line);
    if (colon?.[1] && colon[2] && !/^\d+$/.test(colon[1])) {
      messages.push({ nickname: colon[1].trim(), text: colon[2].slice(0, 2000), at: speaker?.at ?? now });
      continue;
    }
    if (speaker) messages.push({ nickname: speaker.nickname, text: line.slice(0, 2000), at: speaker.at });
  }
  return messages;
}
