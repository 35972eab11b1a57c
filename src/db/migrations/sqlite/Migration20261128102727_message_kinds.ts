import { Migration } from '@mikro-orm/migrations';

export class Migration20261128102727_message_kinds extends Migration {

  override async up(): Promise<void> {
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`messages__temp_alter\` (\`id\` text not null, \`session\` text not null, \`chat_id\` text not null, \`kind\` text not null, \`ack\` integer not null, \`status\` text not null, \`error\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`delivered_at\` datetime null, \`read_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`insert into \`messages__temp_alter\` select \`id\`, \`session\`, \`chat_id\`, \`kind\`, \`ack\`, \`status\`, \`error\`, \`created_at\`, \`updated_at\`, \`delivered_at\`, \`read_at\` from \`messages\`;`);
    this.addSql(`drop table \`messages\`;`);
    this.addSql(`alter table \`messages__temp_alter\` rename to \`messages\`;`);
    this.addSql(`create index \`messages_session_index\` on \`messages\` (\`session\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
