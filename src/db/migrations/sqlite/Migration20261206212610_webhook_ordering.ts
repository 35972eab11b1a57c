import { Migration } from '@mikro-orm/migrations';

export class Migration20261206212610_webhook_ordering extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`webhook_deliveries\` add column \`lane\` text not null default '';`);

    this.addSql(`alter table \`webhooks\` add column \`ordering\` text not null default 'webhook';`);
    this.addSql(`alter table \`webhooks\` add column \`concurrency\` integer not null default 8;`);
  }

}
