import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Who changed what, when: written in the same transaction as the change. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id').notNull(),
    action: text('action').notNull(),
    reason: text('reason'),
    changes: text('changes', { mode: 'json' }).$type<Record<string, { from: unknown; to: unknown }>>().notNull(),
  },
  (t) => [index('audit_log_entity').on(t.entity, t.entityId, t.id)],
);
