import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123093908 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "review_vote" drop constraint if exists "review_vote_review_id_customer_id_unique";`
    )
    this.addSql(
      `alter table if exists "review_stats" drop constraint if exists "review_stats_product_id_unique";`
    )
    this.addSql(
      `alter table if exists "review_report" drop constraint if exists "review_report_review_id_customer_id_unique";`
    )
    this.addSql(
      `alter table if exists "review" drop constraint if exists "review_product_id_customer_id_unique";`
    )
    this.addSql(
      `create table if not exists "review" ("id" text not null, "product_id" text not null, "customer_id" text not null, "author_name" text null, "rating" integer not null, "title" text null, "content" text not null, "media" text[] null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "verified_purchase" boolean not null default false, "rejection_reason" text null, "reply" text null, "replied_at" timestamptz null, "moderated_at" timestamptz null, "helpful_count" integer not null default 0, "unhelpful_count" integer not null default 0, "report_count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_pkey" primary key ("id"), constraint review_rating_range check (rating >= 1 AND rating <= 5), constraint review_counters_non_negative check (helpful_count >= 0 AND unhelpful_count >= 0 AND report_count >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_deleted_at" ON "review" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_product_id_customer_id_unique" ON "review" ("product_id", "customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_product_id_status_created_at" ON "review" ("product_id", "status", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_product_id_status_rating" ON "review" ("product_id", "status", "rating") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_product_id_status_helpful_count" ON "review" ("product_id", "status", "helpful_count") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_customer_id_created_at" ON "review" ("customer_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_status_created_at" ON "review" ("status", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "review_report" ("id" text not null, "review_id" text not null, "customer_id" text not null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_report_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_report_deleted_at" ON "review_report" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_report_review_id_customer_id_unique" ON "review_report" ("review_id", "customer_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "review_stats" ("id" text not null, "product_id" text not null, "count" integer not null default 0, "average" real not null default 0, "rating_1" integer not null default 0, "rating_2" integer not null default 0, "rating_3" integer not null default 0, "rating_4" integer not null default 0, "rating_5" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_stats_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_stats_product_id_unique" ON "review_stats" ("product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_stats_deleted_at" ON "review_stats" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "review_vote" ("id" text not null, "review_id" text not null, "customer_id" text not null, "helpful" boolean not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_vote_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_vote_deleted_at" ON "review_vote" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_vote_review_id_customer_id_unique" ON "review_vote" ("review_id", "customer_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "review" cascade;`)

    this.addSql(`drop table if exists "review_report" cascade;`)

    this.addSql(`drop table if exists "review_stats" cascade;`)

    this.addSql(`drop table if exists "review_vote" cascade;`)
  }
}
