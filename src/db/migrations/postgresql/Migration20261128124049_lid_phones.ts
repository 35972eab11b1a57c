import { Migration } from '@mikro-orm/migrations';

export class Migration20261128124049_lid_phones extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "lid_phones" ("lid" varchar(255) not null, "chat_id" varchar(255) not null, "updated_at" timestamptz not null, constraint "lid_phones_pkey" primary key ("lid"));`);
    this.addSql(`create index "lid_phones_chat_id_index" on "lid_phones" ("chat_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lid_phones" cascade;`);
  }

}
