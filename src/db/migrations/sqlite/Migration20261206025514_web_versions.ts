import { Migration } from '@mikro-orm/migrations';

export class Migration20261206025514_web_versions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`web_versions\` (\`driver\` text not null, \`version\` text not null, \`html\` text not null, \`ready_at\` datetime not null, primary key (\`driver\`));`);

    this.addSql(`alter table \`sessions\` add column \`web_version\` json null;`);
  }

}
