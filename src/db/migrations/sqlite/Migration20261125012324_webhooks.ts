import { Migration } from '@mikro-orm/migrations';

export class Migration20261125012324_webhooks extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`webhook_attempts\` (\`id\` integer not null primary key autoincrement, \`delivery_id\` integer not null, \`attempted_at\` datetime not null, \`status_code\` integer null, \`duration_ms\` integer not null, \`error\` text null);`);
    this.addSql(`create index \`webhook_attempts_delivery_id_index\` on \`webhook_attempts\` (\`delivery_id\`);`);

    this.addSql(`create table \`webhook_deliveries\` (\`id\` integer not null primary key autoincrement, \`webhook_id\` integer not null, \`event_id\` text not null, \`event\` text not null, \`payload\` text not null, \`state\` text not null, \`attempts\` integer not null, \`next_attempt_at\` datetime not null, \`created_at\` datetime not null, \`last_attempt_at\` datetime null, \`delivered_at\` datetime null, \`last_status_code\` integer null, \`last_error\` text null);`);
    this.addSql(`create index \`webhook_deliveries_webhook_id_state_id_index\` on \`webhook_deliveries\` (\`webhook_id\`, \`state\`, \`id\`);`);
    this.addSql(`create index \`webhook_deliveries_state_index\` on \`webhook_deliveries\` (\`state\`);`);

    this.addSql(`create table \`webhooks\` (\`id\` integer not null primary key autoincrement, \`url\` text not null, \`events\` json not null, \`secret\` text not null, \`enabled\` integer not null, \`disabled_reason\` text null, \`failing_since\` datetime null, \`lease_owner\` text null, \`lease_expires_at\` datetime null, \`created_at\` datetime not null, \`updated_at\` datetime not null);`);
  }

}
