import { Migration } from '@mikro-orm/migrations';

export class Migration20261206025514_web_versions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "web_versions" ("driver" varchar(16) not null, "version" varchar(64) not null, "html" text not null, "ready_at" timestamptz not null, constraint "web_versions_pkey" primary key ("driver"));`);

    this.addSql(`alter table "sessions" add column "web_version" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "web_versions" cascade;`);

    this.addSql(`alter table "sessions" drop column "web_version";`);
  }

}
