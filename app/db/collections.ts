import type { MigrationStrategies, RxCollection, RxDatabase, RxJsonSchema } from 'rxdb';
import { activitySchema, type ActivityDoc } from './schemas/activity';
import { catalogSchema, type CatalogItemDoc } from './schemas/catalog';
import { campaignSchema, type CampaignDoc } from './schemas/campaigns';
import { courseProgressSchema, type CourseProgressDoc } from './schemas/course-progress';
import { groupSchema, type GroupDoc } from './schemas/groups';
import { liveFeedMigrations, liveFeedSchema, type LiveFeedDoc } from './schemas/live-feed';
import { liveSessionSchema, type LiveSessionDoc } from './schemas/live-sessions';
import { memberSchema, type MemberDoc } from './schemas/members';
import { orderMigrations, orderSchema, type OrderDoc } from './schemas/orders';
import { productMigrations, productSchema, type ProductDoc } from './schemas/products';
import { settingSchema, type SettingDoc } from './schemas/settings';
import { stockMoveMigrations, stockMoveSchema, type StockMoveDoc } from './schemas/stock-moves';
import { storeEventSchema, type StoreEventDoc } from './schemas/store-events';

export interface WorkbenchDocs {
  settings: SettingDoc;
  catalog: CatalogItemDoc;
  products: ProductDoc;
  members: MemberDoc;
  groups: GroupDoc;
  campaigns: CampaignDoc;
  orders: OrderDoc;
  stockMoves: StockMoveDoc;
  storeEvents: StoreEventDoc;
  liveSessions: LiveSessionDoc;
  liveFeed: LiveFeedDoc;
  courseProgress: CourseProgressDoc;
  activity: ActivityDoc;
}

export type CollectionName = keyof WorkbenchDocs;
export type WorkbenchCollections = { [K in CollectionName]: RxCollection<WorkbenchDocs[K]> };
export type WorkbenchDatabase = RxDatabase<WorkbenchCollections>;

export interface CollectionDefinition<T> {
  schema: RxJsonSchema<T>;
  /** One strategy per schema version above 0; each turns a version n−1 document into version n. */
  migrationStrategies: MigrationStrategies;
}

/**
 * The store's collections: exactly RxDB's open-core limit of 13 per process. Anything new must fold into
 * an existing collection (as comments and transcripts share liveFeed, and records share activity).
 */
export const collectionDefinitions: { [K in CollectionName]: CollectionDefinition<WorkbenchDocs[K]> } = {
  settings: { schema: settingSchema, migrationStrategies: {} },
  catalog: { schema: catalogSchema, migrationStrategies: {} },
  products: { schema: productSchema, migrationStrategies: productMigrations },
  members: { schema: memberSchema, migrationStrategies: {} },
  groups: { schema: groupSchema, migrationStrategies: {} },
  campaigns: { schema: campaignSchema, migrationStrategies: {} },
  orders: { schema: orderSchema, migrationStrategies: orderMigrations },
  stockMoves: { schema: stockMoveSchema, migrationStrategies: stockMoveMigrations },
  storeEvents: { schema: storeEventSchema, migrationStrategies: {} },
  liveSessions: { schema: liveSessionSchema, migrationStrategies: {} },
  liveFeed: { schema: liveFeedSchema, migrationStrategies: liveFeedMigrations },
  courseProgress: { schema: courseProgressSchema, migrationStrategies: {} },
  activity: { schema: activitySchema, migrationStrategies: {} },
};

export const collectionNames = Object.keys(collectionDefinitions) as CollectionName[];
