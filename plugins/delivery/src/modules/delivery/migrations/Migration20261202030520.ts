import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202030520 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "driver_earning" drop constraint if exists "driver_earning_delivery_id_unique";`
    )
    this.addSql(
      `alter table if exists "driver" drop constraint if exists "driver_email_unique";`
    )
    this.addSql(
      `alter table if exists "delivery_rating" drop constraint if exists "delivery_rating_delivery_id_unique";`
    )
    this.addSql(
      `alter table if exists "delivery_offer" drop constraint if exists "delivery_offer_delivery_id_driver_id_unique";`
    )
    this.addSql(
      `alter table if exists "delivery" drop constraint if exists "delivery_fulfillment_id_unique";`
    )
    this.addSql(
      `create table if not exists "delivery" ("id" text not null, "order_id" text not null, "fulfillment_id" text not null, "status" text check ("status" in ('pending', 'offered', 'assigned', 'picked_up', 'in_transit', 'delivered', 'failed')) not null default 'pending', "driver_id" text null, "pickup_lat" real null, "pickup_lng" real null, "dropoff_lat" real null, "dropoff_lng" real null, "address" jsonb null, "distance_km" real null, "due_at" timestamptz null, "assigned_at" timestamptz null, "picked_up_at" timestamptz null, "delivered_at" timestamptz null, "failed_at" timestamptz null, "failure_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_delivery_deleted_at" ON "delivery" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_delivery_fulfillment_id_unique" ON "delivery" ("fulfillment_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_delivery_order_id" ON "delivery" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_delivery_driver_id_status" ON "delivery" ("driver_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_delivery_status" ON "delivery" ("status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "delivery_event" ("id" text not null, "delivery_id" text not null, "type" text not null, "from_status" text null, "to_status" text null, "driver_id" text null, "reason" text null, "actor_type" text check ("actor_type" in ('driver', 'user', 'customer', 'system')) not null, "actor_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_event_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_delivery_event_deleted_at" ON "delivery_event" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_delivery_event_delivery_id_created_at" ON "delivery_event" ("delivery_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "delivery_offer" ("id" text not null, "delivery_id" text not null, "driver_id" text not null, "status" text check ("status" in ('pending', 'accepted', 'declined', 'expired', 'withdrawn')) not null default 'pending', "distance_km" real null, "expires_at" timestamptz not null, "responded_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_offer_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_delivery_offer_deleted_at" ON "delivery_offer" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_delivery_offer_delivery_id_driver_id_unique" ON "delivery_offer" ("delivery_id", "driver_id") WHERE status = 'pending' AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_delivery_offer_status_expires_at" ON "delivery_offer" ("status", "expires_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_delivery_offer_driver_id_status" ON "delivery_offer" ("driver_id", "status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "delivery_rating" ("id" text not null, "delivery_id" text not null, "driver_id" text not null, "customer_id" text not null, "rating" integer not null, "comment" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_rating_pkey" primary key ("id"), constraint delivery_rating_rating_range check (rating >= 1 AND rating <= 5));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_delivery_rating_deleted_at" ON "delivery_rating" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_delivery_rating_delivery_id_unique" ON "delivery_rating" ("delivery_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_delivery_rating_driver_id" ON "delivery_rating" ("driver_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "driver" ("id" text not null, "email" text not null, "first_name" text not null, "last_name" text null, "phone" text null, "status" text check ("status" in ('pending', 'under_review', 'approved', 'rejected')) not null default 'pending', "is_active" boolean not null default true, "available" boolean not null default false, "vehicle_type" text check ("vehicle_type" in ('foot', 'bicycle', 'scooter', 'motorcycle', 'car', 'van')) null, "vehicle_model" text null, "vehicle_plate" text null, "license_number" text null, "review_reason" text null, "reviewed_at" timestamptz null, "last_lat" real null, "last_lng" real null, "last_location_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "driver_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_driver_deleted_at" ON "driver" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_driver_email_unique" ON "driver" ("email") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_driver_status_is_active_available" ON "driver" ("status", "is_active", "available") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "driver_document" ("id" text not null, "driver_id" text not null, "kind" text check ("kind" in ('driver_license', 'id_card', 'vehicle_registration', 'insurance', 'photo', 'other')) not null, "file_id" text not null, "url" text not null, "filename" text null, "mime_type" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "driver_document_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_driver_document_deleted_at" ON "driver_document" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_driver_document_driver_id" ON "driver_document" ("driver_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "driver_earning" ("id" text not null, "driver_id" text not null, "delivery_id" text not null, "amount" numeric not null, "currency_code" text not null, "distance_km" real not null, "payout_id" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "driver_earning_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_driver_earning_deleted_at" ON "driver_earning" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_driver_earning_delivery_id_unique" ON "driver_earning" ("delivery_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_driver_earning_driver_id_payout_id" ON "driver_earning" ("driver_id", "payout_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "driver_location" ("id" text not null, "driver_id" text not null, "lat" real not null, "lng" real not null, "accuracy_m" real null, "heading" real null, "speed_kmh" real null, "recorded_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "driver_location_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_driver_location_deleted_at" ON "driver_location" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_driver_location_driver_id_recorded_at" ON "driver_location" ("driver_id", "recorded_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_driver_location_recorded_at" ON "driver_location" ("recorded_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "driver_payout" ("id" text not null, "driver_id" text not null, "amount" numeric not null, "currency_code" text not null, "status" text check ("status" in ('pending', 'paid')) not null default 'pending', "paid_at" timestamptz null, "reference" text null, "paid_by" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "driver_payout_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_driver_payout_deleted_at" ON "driver_payout" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_driver_payout_driver_id" ON "driver_payout" ("driver_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "driver_review" ("id" text not null, "driver_id" text not null, "from_status" text not null, "to_status" text not null, "reason" text null, "actor_type" text check ("actor_type" in ('driver', 'user', 'system')) not null, "actor_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "driver_review_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_driver_review_deleted_at" ON "driver_review" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_driver_review_driver_id" ON "driver_review" ("driver_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "delivery" cascade;`)

    this.addSql(`drop table if exists "delivery_event" cascade;`)

    this.addSql(`drop table if exists "delivery_offer" cascade;`)

    this.addSql(`drop table if exists "delivery_rating" cascade;`)

    this.addSql(`drop table if exists "driver" cascade;`)

    this.addSql(`drop table if exists "driver_document" cascade;`)

    this.addSql(`drop table if exists "driver_earning" cascade;`)

    this.addSql(`drop table if exists "driver_location" cascade;`)

    this.addSql(`drop table if exists "driver_payout" cascade;`)

    this.addSql(`drop table if exists "driver_review" cascade;`)
  }
}
