import { Migration } from '@mikro-orm/migrations';

export class Migration20261204151203_cluster_identity extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`cluster_identity\` (\`key\` text not null, \`id\` text not null, \`created_at\` datetime not null, primary key (\`key\`));`);
  }

}
