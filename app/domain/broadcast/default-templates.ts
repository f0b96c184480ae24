export interface BroadcastTemplate {
  /** Stable, so sent records still name the template after the owner edits its text. */
  id: string;
  title: string;
  body: string;
}

/**
 * The templates a new store starts with; the owner edits them or adds her own. They are Chinese only:
 * the text goes to neighbours in Chinese WeChat groups whatever language the owner runs the app in.
 * Short, personal and with one clear reply to make, as messages that read like a mass mailing get muted.
 */
export const defaultTemplates: readonly BroadcastTemplate[] = [
  {
    id: 'new-arrival',
    title: '新品上架',
    body: '{{昵称}}您好～店里新到了{{商品}}，{{价格}}，数量不多。需要的话回我一句，帮您留一份 😊',
  },
  {
    id: 'group-buy',
    title: '开团提醒',
    body: '{{昵称}}，{{商品}}开团啦！团购价{{价格}}，{{截单}}截单，到货后{{楼栋}}的邻居到店自提就行。',
  },
  {
    id: 'repurchase',
    title: '复购提醒',
    body: '{{昵称}}，上次的{{商品}}快吃完了吧？这周{{价格}}，{{截单}}前回复"要"，我给您留着。',
  },
  {
    id: 'event-invite',
    title: '活动邀请',
    body: '{{昵称}}您好，本周末店里有亲子试吃会，家里{{宝宝月龄}}正好可以带来玩。名额有限，{{截单}}前回复"报名"即可～',
  },
];
