import { Migration } from '@mikro-orm/migrations';

export class Migration20261125010225_idempotency extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`idempotency_keys\` (\`scope\` text not null, \`key\` text not null, \`fingerprint\` text not null, \`state\` text not null, \`result\` text null, \`lease_expires_at\` datetime not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, primary key (\`scope\`, \`key\`));`);
    this.addSql(`create index \`idempotency_keys_expires_at_index\` on \`idempotency_keys\` (\`expires_at\`);`);
  }

}
