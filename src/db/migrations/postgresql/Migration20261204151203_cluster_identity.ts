import { Migration } from '@mikro-orm/migrations';

export class Migration20261204151203_cluster_identity extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cluster_identity" ("key" varchar(32) not null, "id" varchar(64) not null, "created_at" timestamptz not null, constraint "cluster_identity_pkey" primary key ("key"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cluster_identity" cascade;`);
  }

}
