import { Migration } from '@mikro-orm/migrations';

export class Migration20261128102727_message_kinds extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "messages" drop constraint if exists "messages_kind_check";`);

    this.addSql(`alter table "messages" alter column "kind" type varchar(16) using ("kind"::varchar(16));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "messages" alter column "kind" type text using ("kind"::text);`);
    this.addSql(`alter table "messages" add constraint "messages_kind_check" check("kind" in ('text', 'media'));`);
  }

}
