import { Migration } from '@mikro-orm/migrations';

export class Migration20261206000028_session_account_limit extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "sessions" add column "account_limit" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sessions" drop column "account_limit";`);
  }

}
