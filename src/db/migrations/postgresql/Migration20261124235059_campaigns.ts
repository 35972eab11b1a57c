import { Migration } from '@mikro-orm/migrations';

export class Migration20261124235059_campaigns extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "campaign_recipients" ("id" serial primary key, "campaign_id" int not null, "input" varchar(255) not null, "chat_id" varchar(255) not null, "variables" jsonb null, "message" text null, "state" varchar(16) not null, "message_id" varchar(255) null, "error" text null, "attempted_at" timestamptz null, "sent_at" timestamptz null, "delivered_at" timestamptz null, "read_at" timestamptz null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "campaign_recipients_campaign_id_state_index" on "campaign_recipients" ("campaign_id", "state");`);
    this.addSql(`create index "campaign_recipients_message_id_index" on "campaign_recipients" ("message_id");`);
    this.addSql(`create index "campaign_recipients_attempted_at_index" on "campaign_recipients" ("attempted_at");`);

    this.addSql(`create table "campaigns" ("id" serial primary key, "session" varchar(64) not null, "kind" varchar(16) not null, "name" varchar(255) not null, "message" text not null, "status" varchar(16) not null, "error" text null, "scheduled_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "started_at" timestamptz null, "completed_at" timestamptz null, "total" int not null, "pending_count" int not null, "sending_count" int not null, "sent_count" int not null, "delivered_count" int not null, "read_count" int not null, "failed_count" int not null, "unknown_count" int not null, "skipped_count" int not null);`);
    this.addSql(`create index "campaigns_status_scheduled_at_index" on "campaigns" ("status", "scheduled_at");`);
    this.addSql(`create index "campaigns_session_kind_index" on "campaigns" ("session", "kind");`);

    this.addSql(`create table "opt_outs" ("session" varchar(64) not null, "chat_id" varchar(255) not null, "source" varchar(16) not null, "keyword" varchar(255) null, "created_at" timestamptz not null, constraint "opt_outs_pkey" primary key ("session", "chat_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "campaign_recipients" cascade;`);

    this.addSql(`drop table if exists "campaigns" cascade;`);

    this.addSql(`drop table if exists "opt_outs" cascade;`);
  }

}
