import { Migration } from '@mikro-orm/migrations';

export class Migration20261128043422_sessions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "sessions" add column "driver" varchar(16) null, add column "status" varchar(16) not null default 'started', add column "proxy" varchar(2048) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sessions" drop column "driver", drop column "status", drop column "proxy";`);
  }

}
