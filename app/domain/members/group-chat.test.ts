import { describe, expect, it } from 'vitest';
import { parseGroupChat } from './group-chat';

const now = Date.UTC(2026, 10, 25, 6, 0); // 14:00 in Shanghai

describe('pasted WeChat group chats', () => {
  it('reads "name time" headers with their lines, "name：text" lines, and drops stickers and notices', () => {
    const chat = [
      '李阿姨 09:30',
      '宝宝八个月了，辅食有推荐吗',
      '[图片]',
      '王姐 2026年11月24日 20:15',
      '家里老人血压高，少盐的酱油有吗',
      '小王妈妈：米粉还有货吗',
      '"Lily"撤回了一条消息',
      '张三 加入了群聊',
    ].join('\n');
    expect(parseGroupChat(chat, now)).toEqual([
      { nickname: '李阿姨', text: '宝宝八个月了，辅食有推荐吗', at: Date.UTC(2026, 10, 25, 1, 30) },
      { nickname: '王姐', text: '家里老人血压高，少盐的酱油有吗', at: Date.UTC(2026, 10, 24, 12, 15) },
      { nickname: '小王妈妈', text: '米粉还有货吗', at: Date.UTC(2026, 10, 24, 12, 15) },
    ]);
  });

  it('gives lines before any speaker nothing to attach to, and never throws on garbage', () => {
    expect(parseGroupChat('随便一行\n12:30\n🙂🙂', now)).toEqual([]);
  });
});
