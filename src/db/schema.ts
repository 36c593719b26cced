/** Every table, gathered for Drizzle and drizzle-kit. Each lives in its module's schema.ts. */
export * from '../modules/activity/schema.ts';
export * from '../modules/auth/schema.ts';
export * from '../modules/comments/schema.ts';
export * from '../modules/customers/schema.ts';
export * from '../modules/features/schema.ts';
export * from '../modules/feedback/schema.ts';
export * from '../modules/products/schema.ts';
export * from '../modules/releases/schema.ts';
export * from '../modules/scoring/schema.ts';
export * from '../modules/workspaces/schema.ts';
