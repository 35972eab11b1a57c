import { Migration } from '@mikro-orm/migrations';

export class Migration20261206025243_session_dialog extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`sessions\` add column \`dialog\` json null;`);
  }

}
