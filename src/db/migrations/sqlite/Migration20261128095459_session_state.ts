import { Migration } from '@mikro-orm/migrations';

export class Migration20261128095459_session_state extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`sessions\` add column \`state\` text null;`);
    this.addSql(`alter table \`sessions\` add column \`account\` json null;`);
  }

}
