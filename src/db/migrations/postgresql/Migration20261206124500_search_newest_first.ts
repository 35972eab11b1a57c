import { Migration } from '@mikro-orm/migrations';

export class Migration20261206124500_search_newest_first extends Migration {

  override async up(): Promise<void> {
    // A GIN index hands its matches over unordered, so finding the newest matches of a common word read
    // every match and its message. The search table now carries what a search filters and orders by (the
    // order messages were stored in, `seq`, and their session, chat, sender and time), so a common word's
    // newest matches are found by walking a (session, seq) btree backwards, without the messages table.
    this.addSql(`alter table "messages_fts" add column "seq" bigint generated always as identity, add column "session" varchar(255) null, add column "chat_id" varchar(255) null, add column "sender" varchar(255) null, add column "sent_at" timestamptz null;`);
    this.addSql(`update "messages_fts" f set "session" = m."session", "chat_id" = m."chat_id", "sender" = m."sender", "sent_at" = m."sent_at" from "messages" m where m."id" = f."id";`);
    this.addSql(`alter table "messages_fts" alter column "session" set not null, alter column "chat_id" set not null;`);
    this.addSql(`create index "messages_fts_session_seq_index" on "messages_fts" ("session", "seq");`);
    this.addSql(`create index "messages_fts_chat_seq_index" on "messages_fts" ("session", "chat_id", "seq");`);
    this.addSql(
      `create or replace function "messages_fts_keep"() returns trigger language plpgsql as $$ begin insert into "messages_fts" ("id", "session", "chat_id", "sender", "sent_at", "search") values (new."id", new."session", new."chat_id", new."sender", new."sent_at", to_tsvector('simple', coalesce(new."body", ''))) on conflict ("id") do update set "sender" = excluded."sender", "sent_at" = excluded."sent_at", "search" = excluded."search"; return null; end $$;`,
    );
    this.addSql(`drop trigger "messages_fts_keep" on "messages";`);
    this.addSql(
      `create trigger "messages_fts_keep" after insert or update of "body", "sender", "sent_at" on "messages" for each row execute function "messages_fts_keep"();`,
    );
    this.addSql(`analyze "messages_fts";`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `create or replace function "messages_fts_keep"() returns trigger language plpgsql as $$ begin insert into "messages_fts" ("id", "search") values (new."id", to_tsvector('simple', coalesce(new."body", ''))) on conflict ("id") do update set "search" = excluded."search"; return null; end $$;`,
    );
    this.addSql(`drop trigger "messages_fts_keep" on "messages";`);
    this.addSql(
      `create trigger "messages_fts_keep" after insert or update of "body" on "messages" for each row execute function "messages_fts_keep"();`,
    );
    this.addSql(`drop index "messages_fts_chat_seq_index";`);
    this.addSql(`drop index "messages_fts_session_seq_index";`);
    this.addSql(`alter table "messages_fts" drop column "seq", drop column "session", drop column "chat_id", drop column "sender", drop column "sent_at";`);
  }

}
