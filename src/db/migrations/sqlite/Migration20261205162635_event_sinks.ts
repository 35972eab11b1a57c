import { Migration } from '@mikro-orm/migrations';

export class Migration20261205162635_event_sinks extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`webhooks\` add column \`kind\` text not null default 'http';`);
    this.addSql(`alter table \`webhooks\` add column \`target\` text null;`);
  }

}
