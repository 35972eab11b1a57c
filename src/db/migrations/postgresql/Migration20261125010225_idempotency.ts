import { Migration } from '@mikro-orm/migrations';

export class Migration20261125010225_idempotency extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "idempotency_keys" ("scope" varchar(64) not null, "key" varchar(255) not null, "fingerprint" varchar(64) not null, "state" varchar(16) not null, "result" text null, "lease_expires_at" timestamptz not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "idempotency_keys_pkey" primary key ("scope", "key"));`);
    this.addSql(`create index "idempotency_keys_expires_at_index" on "idempotency_keys" ("expires_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotency_keys" cascade;`);
  }

}
