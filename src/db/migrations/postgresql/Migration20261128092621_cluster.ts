import { Migration } from '@mikro-orm/migrations';

export class Migration20261128092621_cluster extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "nodes" ("id" varchar(255) not null, "advertise_url" varchar(2048) not null, "max_sessions" int not null, "heartbeat_at" timestamptz not null, "started_at" timestamptz not null, constraint "nodes_pkey" primary key ("id"));`);

    this.addSql(`create table "whatsapp_logins" ("name" varchar(128) not null, "archive" bytea not null, "updated_at" timestamptz not null, constraint "whatsapp_logins_pkey" primary key ("name"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "nodes" cascade;`);

    this.addSql(`drop table if exists "whatsapp_logins" cascade;`);
  }

}
