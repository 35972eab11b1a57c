import { Migration } from '@mikro-orm/migrations';

export class Migration20261128052743_keys extends Migration {

  // Webhooks made before sessions existed get the events of the only session there was.
  override async up(): Promise<void> {
    this.addSql(`create table \`api_keys\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`sessions\` json not null, \`digest\` text not null, \`created_at\` datetime not null);`);
    this.addSql(`create unique index \`api_keys_digest_unique\` on \`api_keys\` (\`digest\`);`);

    this.addSql(`alter table \`webhooks\` add column \`sessions\` json not null default '["default"]';`);
  }

}
