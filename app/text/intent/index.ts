export { parseComment } from './parse-comment';
export { createProductIndex, rundownProducts, type ProductIndex, type ProductMention } from './products';
export { parseNumeral } from './numerals';
export { deriveAliases, type AliasTerm } from './aliases';
export { parseProductsTsv } from './products-tsv';
export { intents, type CommentIntent, type Intent, type LinkedProduct } from './types';
