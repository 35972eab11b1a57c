import { Migration } from '@mikro-orm/migrations';

export class Migration20261128095500_session_state extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "sessions" add column "state" varchar(32) null, add column "account" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sessions" drop column "state", drop column "account";`);
  }

}
