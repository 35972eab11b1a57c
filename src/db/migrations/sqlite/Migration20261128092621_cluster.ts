import { Migration } from '@mikro-orm/migrations';

export class Migration20261128092621_cluster extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`nodes\` (\`id\` text not null, \`advertise_url\` text not null, \`max_sessions\` integer not null, \`heartbeat_at\` datetime not null, \`started_at\` datetime not null, primary key (\`id\`));`);

    this.addSql(`create table \`whatsapp_logins\` (\`name\` text not null, \`archive\` blob not null, \`updated_at\` datetime not null, primary key (\`name\`));`);
  }

}
