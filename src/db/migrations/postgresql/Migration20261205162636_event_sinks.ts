import { Migration } from '@mikro-orm/migrations';

export class Migration20261205162636_event_sinks extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "webhooks" add column "kind" varchar(16) not null default 'http', add column "target" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "webhooks" drop column "kind", drop column "target";`);
  }

}
