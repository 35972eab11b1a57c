import { Migration } from '@mikro-orm/migrations';

export class Migration20261124222210_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`messages\` (\`id\` text not null, \`session\` text not null, \`chat_id\` text not null, \`kind\` text check (\`kind\` in ('text', 'media')) not null, \`ack\` integer not null, \`status\` text not null, \`error\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`delivered_at\` datetime null, \`read_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`messages_session_index\` on \`messages\` (\`session\`);`);

    this.addSql(`create table \`sessions\` (\`name\` text not null, \`lease_owner\` text null, \`lease_expires_at\` datetime null, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`name\`));`);
  }

}
