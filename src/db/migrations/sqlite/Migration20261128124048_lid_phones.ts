import { Migration } from '@mikro-orm/migrations';

export class Migration20261128124048_lid_phones extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`lid_phones\` (\`lid\` text not null, \`chat_id\` text not null, \`updated_at\` datetime not null, primary key (\`lid\`));`);
    this.addSql(`create index \`lid_phones_chat_id_index\` on \`lid_phones\` (\`chat_id\`);`);
  }

}
