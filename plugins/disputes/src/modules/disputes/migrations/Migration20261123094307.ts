import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123094307 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "dispute" drop constraint if exists "dispute_order_id_active_unique";`
    )
    this.addSql(
      `create table if not exists "dispute" ("id" text not null, "order_id" text not null, "customer_id" text not null, "status" text check ("status" in ('open', 'under_review', 'resolved', 'rejected', 'withdrawn')) not null default 'open', "reason" text check ("reason" in ('not_received', 'damaged', 'wrong_item', 'not_as_described', 'charged_twice', 'other')) not null, "description" text not null, "requested_amount" numeric null, "currency_code" text not null, "evidence" jsonb null, "decision" text check ("decision" in ('refund', 'reject')) null, "refunded_amount" numeric null, "resolution_note" text null, "resolved_by" text null, "closed_at" timestamptz null, "merchant_answered_at" timestamptz null, "overdue_flagged_at" timestamptz null, "last_refund_error" text null, "last_refund_error_at" timestamptz null, "raw_requested_amount" jsonb null, "raw_refunded_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dispute_pkey" primary key ("id"), constraint dispute_requested_amount_positive check (requested_amount IS NULL OR requested_amount > 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_deleted_at" ON "dispute" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dispute_order_id_active_unique" ON "dispute" ("order_id") WHERE status IN ('open', 'under_review') AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_customer_id" ON "dispute" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_status_created_at" ON "dispute" ("status", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "dispute_message" ("id" text not null, "dispute_id" text not null, "author_type" text check ("author_type" in ('customer', 'merchant')) not null, "author_id" text null, "visibility" text check ("visibility" in ('public', 'internal')) not null default 'public', "body" text null, "evidence" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dispute_message_pkey" primary key ("id"), constraint dispute_message_customer_public check (author_type <> 'customer' OR visibility = 'public'));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_message_dispute_id" ON "dispute_message" ("dispute_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_message_deleted_at" ON "dispute_message" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_message_dispute_id_created_at" ON "dispute_message" ("dispute_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "dispute_transition" ("id" text not null, "dispute_id" text not null, "from_status" text null, "to_status" text not null, "actor_type" text check ("actor_type" in ('customer', 'merchant', 'system')) not null, "actor_id" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dispute_transition_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_transition_dispute_id" ON "dispute_transition" ("dispute_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_transition_deleted_at" ON "dispute_transition" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_transition_dispute_id_created_at" ON "dispute_transition" ("dispute_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "dispute_message" add constraint "dispute_message_dispute_id_foreign" foreign key ("dispute_id") references "dispute" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "dispute_transition" add constraint "dispute_transition_dispute_id_foreign" foreign key ("dispute_id") references "dispute" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "dispute_message" drop constraint if exists "dispute_message_dispute_id_foreign";`
    )

    this.addSql(
      `alter table if exists "dispute_transition" drop constraint if exists "dispute_transition_dispute_id_foreign";`
    )

    this.addSql(`drop table if exists "dispute" cascade;`)

    this.addSql(`drop table if exists "dispute_message" cascade;`)

    this.addSql(`drop table if exists "dispute_transition" cascade;`)
  }
}
