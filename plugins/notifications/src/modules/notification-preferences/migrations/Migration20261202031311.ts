import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Issue #19: opt-in for marketing pushes (campaigns on channel `push`). */
export class Migration20261202031311 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "notification_preference" add column if not exists "push_marketing" boolean not null default false;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "notification_preference" drop column if exists "push_marketing";`
    )
  }
}
