import { Migration } from '@mikro-orm/migrations';

export class Migration20261125012324_webhooks extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "webhook_attempts" ("id" serial primary key, "delivery_id" int not null, "attempted_at" timestamptz not null, "status_code" int null, "duration_ms" int not null, "error" text null);`);
    this.addSql(`create index "webhook_attempts_delivery_id_index" on "webhook_attempts" ("delivery_id");`);

    this.addSql(`create table "webhook_deliveries" ("id" serial primary key, "webhook_id" int not null, "event_id" varchar(36) not null, "event" varchar(64) not null, "payload" text not null, "state" varchar(16) not null, "attempts" int not null, "next_attempt_at" timestamptz not null, "created_at" timestamptz not null, "last_attempt_at" timestamptz null, "delivered_at" timestamptz null, "last_status_code" int null, "last_error" text null);`);
    this.addSql(`create index "webhook_deliveries_webhook_id_state_id_index" on "webhook_deliveries" ("webhook_id", "state", "id");`);
    this.addSql(`create index "webhook_deliveries_state_index" on "webhook_deliveries" ("state");`);

    this.addSql(`create table "webhooks" ("id" serial primary key, "url" text not null, "events" jsonb not null, "secret" varchar(255) not null, "enabled" boolean not null, "disabled_reason" text null, "failing_since" timestamptz null, "lease_owner" varchar(64) null, "lease_expires_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_attempts" cascade;`);

    this.addSql(`drop table if exists "webhook_deliveries" cascade;`);

    this.addSql(`drop table if exists "webhooks" cascade;`);
  }

}
