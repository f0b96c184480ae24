import type { CopilotPhrases } from './phrases';

function duration(days: number): string {
  if (days >= 365 && days % 365 === 0) return days === 365 ? '1 year' : `${days / 365} years`;
  if (days >= 60 && days % 30 === 0) return `${days / 30} months`;
  return days === 1 ? '1 day' : `${days} days`;
}

export const enPhrases: CopilotPhrases = {
  topic: {
    price: 'the price',
    shelfLife: 'shelf life and freshness',
    age: 'what age it suits',
    afterSales: 'returns',
    stock: 'whether it is in stock',
    delivery: 'delivery',
    pickup: 'when to pick up',
    ingredients: 'ingredients',
    size: 'the size',
    howToBuy: 'how to order',
  },
  reply: {
    age: (name, age) => `${name} is for babies ${age}`,
    price: (name, price, unit, link) => `${name} is ${price} per ${unit}, link #${link}`,
    inStock: (name, left, unit) => `${left} ${unit} of ${name} left`,
    soldOut: (name) => `${name} is sold out for now`,
    pickup: (window) => `Pickup: ${window}`,
    schedule: (name, window) => `${name} takes place ${window}`,
    delivery: (text) => `Delivery: ${text}`,
    ingredients: (name, text) => `${name} ingredients: ${text}`,
    shelfLife: (name, days) => `${name} keeps ${duration(days)}`,
    size: (name, spec, unit) => `${name} comes as ${spec} per ${unit}`,
    howToBuy: (link) =>
      link === null
        ? 'Tap the item’s link, or comment "item number + quantity"'
        : `Tap link #${link}, or comment "#${link} + quantity"`,
    afterSales: (text) => `Returns: ${text}`,
    origin: (name, origin) => `${name} comes from ${origin}`,
  },
  line: {
    asked: (people, topic, reply) =>
      `${people > 1 ? `${people} of you asked` : 'Someone asked'} about ${topic}: ${reply}`,
    scarce: (name, left, unit, link) => `Only ${left} ${unit} of ${name} left, grab link #${link}`,
    soldOut: (name) =>
      `${name} is sold out; comment if you still want it and we'll add you to the 接龙 after the stream`,
    closing: (name, link) => `Moving on from ${name} in a minute: last call for link #${link}`,
    ordered: (buyers, name, link) =>
      `${buyers} of you have ordered ${name}; link #${link} if you haven't yet`,
    certified: (name, certifications) => `${name} is certified: ${certifications}`,
    price: (name, price, unit) => `${name}: ${price} per ${unit}`,
    howToBuy: (name, link) => `Want ${name}? Tap link #${link} or comment "#${link} + quantity"`,
    invite: (name) => `Questions about ${name}? Type them in the comments and I'll answer each one`,
  },
  point: {
    price: (price, unit) => `${price} per ${unit}`,
    shelfLife: (days) => `Keeps ${duration(days)}`,
    age: (age) => `For ${age}`,
    spec: (spec, unit) => `${spec} per ${unit}`,
    origin: (origin) => `From ${origin}`,
    pickup: (window) => `Pickup ${window}`,
    stockLeft: (left, unit) => `Only ${left} ${unit} left`,
    ingredients: (text) => `Ingredients: ${text}`,
  },
  note: {
    margin: (percent) => `Margin ${percent}% (for you only, never on stream)`,
    unanswered: (people, question) =>
      `${people} asked "${question}"; the product facts don't answer it, please answer yourself`,
  },
  thisOne: 'this one',
  listSeparator: ', ',
};
