import { Migration } from '@mikro-orm/migrations';

export class Migration20261206055202_message_history extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "messages" add column "from_me" boolean not null default true, add column "sender" varchar(255) null, add column "sender_lid" varchar(255) null, add column "is_group" boolean not null default false, add column "type" varchar(32) null, add column "body" text null, add column "quoted_id" varchar(255) null, add column "has_media" boolean not null default false, add column "mime_type" varchar(255) null, add column "filename" varchar(255) null, add column "sent_at" timestamptz null, add column "reaction" varchar(64) null, add column "edited_at" timestamptz null, add column "deleted_at" timestamptz null;`);
    this.addSql(`create index "messages_chat_history_index" on "messages" ("session", "chat_id", "sent_at");`);
    this.addSql(`update "messages" set "sent_at" = "created_at" where "sent_at" is null;`);
    // The words of every message, searchable: a tsvector per message under a GIN index, kept by a trigger.
    // 'simple' stems nothing, so every language's words are found as written.
    this.addSql(
      `create table "messages_fts" ("id" varchar(255) primary key references "messages" ("id") on delete cascade, "search" tsvector not null);`,
    );
    this.addSql(`create index "messages_fts_search_index" on "messages_fts" using gin ("search");`);
    this.addSql(`insert into "messages_fts" ("id", "search") select "id", to_tsvector('simple', coalesce("body", '')) from "messages";`);
    this.addSql(
      `create function "messages_fts_keep"() returns trigger language plpgsql as $$ begin insert into "messages_fts" ("id", "search") values (new."id", to_tsvector('simple', coalesce(new."body", ''))) on conflict ("id") do update set "search" = excluded."search"; return null; end $$;`,
    );
    this.addSql(
      `create trigger "messages_fts_keep" after insert or update of "body" on "messages" for each row execute function "messages_fts_keep"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "messages_fts_keep" on "messages";`);
    this.addSql(`drop function "messages_fts_keep"();`);
    this.addSql(`drop table "messages_fts";`);
    this.addSql(`drop index "messages_chat_history_index";`);
    this.addSql(`alter table "messages" drop column "from_me", drop column "sender", drop column "sender_lid", drop column "is_group", drop column "type", drop column "body", drop column "quoted_id", drop column "has_media", drop column "mime_type", drop column "filename", drop column "sent_at", drop column "reaction", drop column "edited_at", drop column "deleted_at";`);
  }

}
