import { Migration } from '@mikro-orm/migrations';

export class Migration20261206212610_webhook_ordering extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "webhook_deliveries" add column "lane" varchar(320) not null default '';`);

    this.addSql(`alter table "webhooks" add column "ordering" varchar(16) not null default 'webhook', add column "concurrency" int not null default 8;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "webhook_deliveries" drop column "lane";`);

    this.addSql(`alter table "webhooks" drop column "ordering", drop column "concurrency";`);
  }

}
