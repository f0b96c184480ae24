import type { CopilotLocale } from './types';

/** Words of the post-live hand-off: the 接龙 post's title and the one-to-one follow-up messages. */
export interface HandoffPhrases {
  /** Tells the group this 接龙 picks up the stream's unfinished orders. */
  title(sessionTitle: string): string;
  /** Bounds a quoted question so a pasted paragraph does not become the message. */
  quoteLength: number;
  answered(nickname: string, product: string, answer: string): string;
  /** `question` null leaves the quote out (when the viewer's own words trip the compliance check). */
  unanswered(nickname: string, product: string, question: string | null): string;
  /** A question about the store (pickup, delivery) that names no product. */
  answeredStoreWide(nickname: string, question: string, answer: string): string;
  noProduct(nickname: string, question: string): string;
  /** The last resort when the others trip the compliance check: no name, no product, no quote. */
  anonymous: string;
  invite(postLink: string, deadline: string): string;
}

const zh: HandoffPhrases = {
  title: (sessionTitle) => (sessionTitle.trim() === '' ? '直播补单' : `${sessionTitle.trim()} · 直播补单`),
  quoteLength: 20,
  answered: (nickname, product, answer) => `${nickname}您好，直播里您问到${product}：${answer}。`,
  unanswered: (nickname, product, question) =>
    `${nickname}您好，直播里您问到${product}${question === null ? '' : `（“${question}”）`}，店主会尽快单独回复您。`,
  answeredStoreWide: (nickname, question, answer) => `${nickname}您好，直播里您问“${question}”：${answer}。`,
  noProduct: (nickname, question) =>
    `${nickname}您好，谢谢来看直播！您问的“${question}”，店主会尽快单独回复您。`,
  anonymous: '您好，谢谢来看直播！您的问题店主会尽快单独回复您。',
  invite: (postLink, deadline) => `需要的话在群里接龙“${postLink}×数量”，${deadline}截单。`,
};

const en: HandoffPhrases = {
  title: (sessionTitle) =>
    sessionTitle.trim() === '' ? 'Live stream follow-up' : `${sessionTitle.trim()} · live stream follow-up`,
  quoteLength: 40,
  answered: (nickname, product, answer) =>
    `Hi ${nickname}, you asked about ${product} in the stream: ${answer}.`,
  unanswered: (nickname, product, question) =>
    `Hi ${nickname}, you asked about ${product} in the stream${question === null ? '' : ` ("${question}")`}; we'll answer you directly soon.`,
  answeredStoreWide: (nickname, question, answer) =>
    `Hi ${nickname}, you asked "${question}" in the stream: ${answer}.`,
  noProduct: (nickname, question) =>
    `Hi ${nickname}, thanks for watching! You asked "${question}"; we'll answer you directly soon.`,
  anonymous: "Hi, thanks for watching! We'll answer your question directly soon.",
  invite: (postLink, deadline) =>
    ` If you'd like some, add "${postLink}×qty" to the group's 接龙 by ${deadline}.`,
};

export function handoffPhrases(locale: CopilotLocale): HandoffPhrases {
  return locale === 'en' ? en : zh;
}
