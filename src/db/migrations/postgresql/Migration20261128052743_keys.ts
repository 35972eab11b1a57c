import { Migration } from '@mikro-orm/migrations';

export class Migration20261128052743_keys extends Migration {

  // Webhooks made before sessions existed get the events of the only session there was.
  override async up(): Promise<void> {
    this.addSql(`create table "api_keys" ("id" serial primary key, "name" varchar(100) not null, "sessions" jsonb not null, "digest" varchar(64) not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_digest_unique" unique ("digest");`);

    this.addSql(`alter table "webhooks" add column "sessions" jsonb not null default '["default"]';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "api_keys" cascade;`);

    this.addSql(`alter table "webhooks" drop column "sessions";`);
  }

}
