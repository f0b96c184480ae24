import type { ImportProduct } from './product-matcher';

/** A neighbourhood store's catalogue as the import tests see it (test data only). */
export const catalogue: ImportProduct[] = [
  { id: 'p-egg10', sku: 'EGG-10', name: '有机鸡蛋10枚', aliases: ['鸡蛋', '土鸡蛋'], active: true },
  { id: 'p-straw250', sku: 'STR-250', name: '丹东草莓 250g', aliases: [], active: true },
  { id: 'p-straw500', sku: 'STR-500', name: '丹东草莓 500g', aliases: [], active: true },
  { id: 'p-milk', sku: 'MILK-1L', name: '鲜牛奶 1L', aliases: ['牛奶'], active: true },
  { id: 'p-tofu', sku: 'TOFU', name: '卤水豆腐', aliases: ['豆腐'], active: true },
  { id: 'p-bamboo', sku: 'BAMBOO', name: '冬笋', aliases: [], active: false },
];
