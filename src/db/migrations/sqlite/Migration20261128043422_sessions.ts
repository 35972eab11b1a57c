import { Migration } from '@mikro-orm/migrations';

export class Migration20261128043422_sessions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`sessions\` add column \`driver\` text null;`);
    this.addSql(`alter table \`sessions\` add column \`status\` text not null default 'started';`);
    this.addSql(`alter table \`sessions\` add column \`proxy\` text null;`);
  }

}
