import { Migration } from '@mikro-orm/migrations';

export class Migration20261124235059_campaigns extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`campaign_recipients\` (\`id\` integer not null primary key autoincrement, \`campaign_id\` integer not null, \`input\` text not null, \`chat_id\` text not null, \`variables\` json null, \`message\` text null, \`state\` text not null, \`message_id\` text null, \`error\` text null, \`attempted_at\` datetime null, \`sent_at\` datetime null, \`delivered_at\` datetime null, \`read_at\` datetime null, \`updated_at\` datetime not null);`);
    this.addSql(`create index \`campaign_recipients_campaign_id_state_index\` on \`campaign_recipients\` (\`campaign_id\`, \`state\`);`);
    this.addSql(`create index \`campaign_recipients_message_id_index\` on \`campaign_recipients\` (\`message_id\`);`);
    this.addSql(`create index \`campaign_recipients_attempted_at_index\` on \`campaign_recipients\` (\`attempted_at\`);`);

    this.addSql(`create table \`campaigns\` (\`id\` integer not null primary key autoincrement, \`session\` text not null, \`kind\` text not null, \`name\` text not null, \`message\` text not null, \`status\` text not null, \`error\` text null, \`scheduled_at\` datetime null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`started_at\` datetime null, \`completed_at\` datetime null, \`total\` integer not null, \`pending_count\` integer not null, \`sending_count\` integer not null, \`sent_count\` integer not null, \`delivered_count\` integer not null, \`read_count\` integer not null, \`failed_count\` integer not null, \`unknown_count\` integer not null, \`skipped_count\` integer not null);`);
    this.addSql(`create index \`campaigns_status_scheduled_at_index\` on \`campaigns\` (\`status\`, \`scheduled_at\`);`);
    this.addSql(`create index \`campaigns_session_kind_index\` on \`campaigns\` (\`session\`, \`kind\`);`);

    this.addSql(`create table \`opt_outs\` (\`session\` text not null, \`chat_id\` text not null, \`source\` text not null, \`keyword\` text null, \`created_at\` datetime not null, primary key (\`session\`, \`chat_id\`));`);
  }

}
