import { Migration } from '@mikro-orm/migrations';

export class Migration20261124222210_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "messages" ("id" varchar(255) not null, "session" varchar(64) not null, "chat_id" varchar(255) not null, "kind" text check ("kind" in ('text', 'media')) not null, "ack" int not null, "status" varchar(16) not null, "error" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "delivered_at" timestamptz null, "read_at" timestamptz null, constraint "messages_pkey" primary key ("id"));`);
    this.addSql(`create index "messages_session_index" on "messages" ("session");`);

    this.addSql(`create table "sessions" ("name" varchar(64) not null, "lease_owner" varchar(255) null, "lease_expires_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "sessions_pkey" primary key ("name"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "messages" cascade;`);

    this.addSql(`drop table if exists "sessions" cascade;`);
  }

}
